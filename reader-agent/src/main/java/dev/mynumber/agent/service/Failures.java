package dev.mynumber.agent.service;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The errors this package raises itself, each an {@link ApduException} with a stable code.
 *
 * <p>Messages name the rule or the step, never card content or input values.
 */
final class Failures {
    private Failures() {
    }

    /** Bad caller input, refused before any APDU. */
    static ApduException invalidArgument(String rule) {
        return new ApduException(ErrorCode.INVALID_ARGUMENT, rule);
    }

    /** Card data that cannot be decoded or does not check out (e.g. a signature that fails its certificate). */
    static ApduException malformed(String what, Throwable cause) {
        return new ApduException(ErrorCode.MALFORMED_CARD_DATA, what, cause);
    }

    /** Card data that cannot be decoded, without an underlying cause. */
    static ApduException malformed(String what) {
        return new ApduException(ErrorCode.MALFORMED_CARD_DATA, what);
    }
}
