package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckedVerdict;
import java.util.List;

/**
 * The result of verifying a detached CMS signature: per signer, the certificate checks and then
 * {@code cms.signature}. The same verdict shape as the card data's ({@link CheckedVerdict}).
 *
 * @param checks every check, in order
 */
public record CmsVerdict(List<Check> checks) implements CheckedVerdict {
    /** Copies the list. */
    public CmsVerdict {
        checks = List.copyOf(checks);
    }

    /** VALID only when every check passed; INVALID on any failure; INCOMPLETE otherwise. */
    public CertificateStatus status() {
        return CertificateStatus.of(this);
    }
}
