package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckedVerdict;
import java.util.List;

/**
 * The checks made on one JPKI certificate, the revocation result, and the overall status.
 *
 * <p>The same verdict shape as the card data's ({@link CheckedVerdict}); the checks are named
 * {@code certificate.chain}, {@code .validity}, {@code .key-usage} and {@code .revocation}.
 *
 * @param checks chain, validity, key usage and revocation checks, in that order
 * @param revocation the revocation result (also present in {@code checks})
 */
public record CertificateVerdict(List<Check> checks, Revocation revocation) implements CheckedVerdict {
    /** Copies the list. */
    public CertificateVerdict {
        checks = List.copyOf(checks);
    }

    /** VALID only when every check passed; INVALID on any failure; INCOMPLETE otherwise. */
    public CertificateStatus status() {
        return CertificateStatus.of(this);
    }
}
