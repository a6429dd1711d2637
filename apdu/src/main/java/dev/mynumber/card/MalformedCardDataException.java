package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The card returned data that does not parse as the spec says: a bad TLV length, a truncated file, a wrong
 * tag, a bad check digit or an impossible date.
 *
 * <p>Code {@link ErrorCode#MALFORMED_CARD_DATA}. Messages name the file and the rule, never the content.
 */
public final class MalformedCardDataException extends ApduException {
    /**
     * Creates the error.
     *
     * @param message what was wrong, without any card content
     */
    public MalformedCardDataException(String message) {
        super(ErrorCode.MALFORMED_CARD_DATA, message);
    }

    /**
     * Creates the error with a cause (typically a TLV parse error).
     *
     * @param message what was wrong, without any card content
     * @param cause the underlying error
     */
    public MalformedCardDataException(String message, Throwable cause) {
        super(ErrorCode.MALFORMED_CARD_DATA, message, cause);
    }
}
