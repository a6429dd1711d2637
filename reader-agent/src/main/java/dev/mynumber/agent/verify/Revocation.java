package dev.mynumber.agent.verify;

import dev.mynumber.card.verify.Check;
import java.util.Objects;

/**
 * The revocation result with its reason.
 *
 * @param status GOOD, REVOKED or NOT_CHECKED
 * @param reason why; never contains certificate contents
 */
public record Revocation(RevocationStatus status, String reason) {
    /** The check name used in verdicts. */
    public static final String CHECK_NAME = "certificate.revocation";

    /** Validates the components. */
    public Revocation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** This result as a verdict check: GOOD passes, REVOKED fails, NOT_CHECKED stays not checked. */
    public Check toCheck() {
        return switch (status) {
            case GOOD -> Check.passed(CHECK_NAME, reason);
            case REVOKED -> Check.failed(CHECK_NAME, reason);
            case NOT_CHECKED -> Check.notChecked(CHECK_NAME, reason);
        };
    }
}
