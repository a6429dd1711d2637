package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckStatus;
import java.util.List;
import java.util.Optional;

/**
 * The result of verifying an {@link AuthToken}: token checks followed by the certificate checks.
 *
 * @param checks every check, in order
 */
public record AuthTokenVerdict(List<Check> checks) {
    /** Copies the list. */
    public AuthTokenVerdict {
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

    /** Finds a check by name. */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
