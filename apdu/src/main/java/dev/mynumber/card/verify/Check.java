package dev.mynumber.card.verify;

import java.util.Objects;

/**
 * One verification check with its outcome and why.
 *
 * @param name a stable check name such as {@code text-ap.integrity-signature}
 * @param status the outcome
 * @param reason a human-readable reason; never contains card content
 */
public record Check(String name, CheckStatus status, String reason) {
    /** Validates the components. */
    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    /** A passed check. */
    public static Check passed(String name, String reason) {
        return new Check(name, CheckStatus.PASSED, reason);
    }

    /** A failed check. */
    public static Check failed(String name, String reason) {
        return new Check(name, CheckStatus.FAILED, reason);
    }

    /** A check that could not be made. */
    public static Check notChecked(String name, String reason) {
        return new Check(name, CheckStatus.NOT_CHECKED, reason);
    }
}
