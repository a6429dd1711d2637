package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckStatus;
import java.util.List;
import java.util.Optional;

/**
 * The checks made on one JPKI certificate, the revocation result, and the overall status.
 *
 * @param checks chain, validity, key usage and revocation checks, in that order
 * @param revocation the revocation result (also present in {@code checks})
 */
public record CertificateVerdict(List<Check> checks, Revocation revocation) {
    /** Copies the list. */
    public CertificateVerdict {
        checks = List.copyOf(checks);
    }

    /** VALID only when every check passed; INVALID on any failure; INCOMPLETE otherwise. */
    public CertificateStatus status() {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAILED)) {
            return CertificateStatus.INVALID;
        }
        if (checks.isEmpty() || checks.stream().anyMatch(c -> c.status() == CheckStatus.NOT_CHECKED)) {
            return CertificateStatus.INCOMPLETE;
        }
        return CertificateStatus.VALID;
    }

    /** Finds a check by name ({@code certificate.chain}, {@code .validity}, {@code .key-usage}, {@code .revocation}). */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
