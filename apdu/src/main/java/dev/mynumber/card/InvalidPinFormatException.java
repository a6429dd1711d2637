package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * A PIN, password or 照合番号 has the wrong format and was refused before any APDU was sent.
 *
 * <p>Code {@link ErrorCode#INVALID_PIN_FORMAT}. The message names the rule that failed, never the value.
 */
public final class InvalidPinFormatException extends ApduException {
    /**
     * Creates the error.
     *
     * @param rule the format rule that failed, e.g. "exactly 4 digits"; must not contain the secret
     */
    public InvalidPinFormatException(String rule) {
        super(ErrorCode.INVALID_PIN_FORMAT, "invalid format: " + rule);
    }
}
