package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import java.util.List;
import java.util.Optional;

/**
 * The result of verifying a detached CMS signature: per signer, the certificate checks and then
 * {@code cms.signature}.
 *
 * @param checks every check, in order
 */
public record CmsVerdict(List<Check> checks) {
    /** Copies the list. */
    public CmsVerdict {
        checks = List.copyOf(checks);
    }

    /** VALID only when every check passed; INVALID on any failure; INCOMPLETE otherwise. */
    public CertificateStatus status() {
        return new AuthTokenVerdict(checks).status();
    }

    /** Finds the first check with this name. */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
