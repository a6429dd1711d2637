package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The next VERIFY would spend the last try and the caller passed {@link LastTry#REFUSE}; nothing was sent.
 *
 * <p>Code {@link ErrorCode#LAST_TRY_NOT_CONFIRMED}. Ask the user, then call again with {@link LastTry#ALLOW}.
 */
public final class LastTryNotConfirmedException extends ApduException {
    /** Creates the error. */
    public LastTryNotConfirmedException() {
        super(ErrorCode.LAST_TRY_NOT_CONFIRMED, "one try left; confirm before spending it");
    }
}
