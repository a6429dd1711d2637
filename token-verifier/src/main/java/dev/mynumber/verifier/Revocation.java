package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.OutcomeWord;
import java.util.Objects;

/**
 * The revocation result with its reason.
 *
 * @param status GOOD, REVOKED or NOT_CHECKED; always the one {@code reasonCode} stands for
 * @param reasonCode the machine-readable reason (e.g. {@link CheckReason#NO_REVOCATION_SOURCE})
 * @param reason why, in English; never contains certificate contents
 */
public record Revocation(RevocationStatus status, CheckReason reasonCode, String reason) {
    /** The check name used in verdicts. */
    public static final String CHECK_NAME = "certificate.revocation";

    /** Validates the components: the status must be the one the reason code stands for. */
    public Revocation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        if (status != statusOf(reasonCode)) {
            throw new IllegalArgumentException(reasonCode + " is not a " + status + " reason");
        }
    }

    /** The result a reason code stands for, worded by the code. */
    public Revocation(CheckReason reasonCode) {
        this(statusOf(reasonCode), reasonCode, reasonCode.text());
    }

    /** The result a reason code stands for, with detail appended to the code's wording. */
    public Revocation(CheckReason reasonCode, String detail) {
        this(statusOf(reasonCode), reasonCode, reasonCode.text() + " (" + detail + ")");
    }

    /** This result as a verdict check: GOOD passes, REVOKED fails, NOT_CHECKED stays not checked. */
    public Check toCheck() {
        return new Check(CHECK_NAME, reasonCode.status(), reasonCode, reason);
    }

    private static RevocationStatus statusOf(CheckReason code) {
        return OutcomeWord.of(RevocationStatus.class, code.status());
    }
}
