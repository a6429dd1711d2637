package dev.mynumber.card.verify;

import java.util.Objects;

/**
 * One verification check with its outcome and why.
 *
 * @param name a stable check name such as {@code text-ap.integrity-signature}
 * @param status the outcome, always the status of {@code reasonCode}
 * @param reasonCode the machine-readable reason (the API's {@code reasonCode})
 * @param reason a human-readable English reason; never contains card content
 */
public record Check(String name, CheckStatus status, CheckReason reasonCode, String reason) {
    /** Validates the components: the status is the one the reason code stands for. */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        if (status != reasonCode.status()) {
            throw new IllegalArgumentException(reasonCode + " is a " + reasonCode.status() + " reason");
        }
    }

    /**
     * A check whose status and wording come from its reason code.
     *
     * @param name the check name
     * @param reasonCode why
     */
    public static Check of(String name, CheckReason reasonCode) {
        return new Check(name, reasonCode.status(), reasonCode, reasonCode.text());
    }

    /**
     * A check whose status comes from its reason code, with more detail in the wording.
     *
     * @param name the check name
     * @param reasonCode why
     * @param detail appended to the code's wording (e.g. an error code); never card content
     */
    public static Check of(String name, CheckReason reasonCode, String detail) {
        return new Check(name, reasonCode.status(), reasonCode, reasonCode.text() + " (" + detail + ")");
    }
}
