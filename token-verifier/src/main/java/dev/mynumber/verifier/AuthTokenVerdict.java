package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckedVerdict;
import java.util.List;

/**
 * The result of verifying an {@link AuthToken}: token checks followed by the certificate checks.
 *
 * <p>The same verdict shape as the card data's ({@link CheckedVerdict}): {@link #outcome()}, {@link #reasonCode()}
 * and {@link #check(String)} ({@code token.nonce}, {@code token.format}, {@code certificate.*}, {@code token.signature}).
 *
 * @param checks every check, in order
 */
public record AuthTokenVerdict(List<Check> checks) implements CheckedVerdict {
    /** Copies the list. */
    public AuthTokenVerdict {
        checks = List.copyOf(checks);
    }

    /** VALID only when every check passed; INVALID on any failure; INCOMPLETE otherwise. */
    public CertificateStatus status() {
        return CertificateStatus.of(this);
    }
}
