package dev.mynumber.agent.usecase;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The errors the use cases raise themselves, each an {@link ApduException} with a stable code.
 *
 * <p>Messages name the rule or the step, never card content or input values.
 */
public final class Failures {
    private Failures() {
    }

    /** Bad caller input, refused before any APDU. */
    public static ApduException invalidArgument(String rule) {
        return new ApduException(ErrorCode.INVALID_ARGUMENT, rule);
    }

    /** Card data that cannot be decoded or does not check out (e.g. a signature that fails its certificate). */
    public static ApduException malformed(String what, Throwable cause) {
        return new ApduException(ErrorCode.MALFORMED_CARD_DATA, what, cause);
    }

    /** Card data that cannot be decoded, without an underlying cause. */
    public static ApduException malformed(String what) {
        return new ApduException(ErrorCode.MALFORMED_CARD_DATA, what);
    }
}
