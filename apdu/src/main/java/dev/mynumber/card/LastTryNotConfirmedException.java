package dev.mynumber.card;

import dev.mynumber.apdu.ErrorCode;

/**
 * The next VERIFY would spend the last try and the caller passed {@link LastTry#REFUSE}; nothing was sent.
 *
 * <p>Code {@link ErrorCode#LAST_TRY_NOT_CONFIRMED}; {@link #triesLeft()} is 1. Ask the user, then call again
 * with {@link LastTry#ALLOW}.
 */
public final class LastTryNotConfirmedException extends PinCounterException {
    /**
     * Creates the error.
     *
     * @param key the key with one try left
     */
    public LastTryNotConfirmedException(PinKind key) {
        super(ErrorCode.LAST_TRY_NOT_CONFIRMED, "one try left; confirm before spending it", key, 1);
    }
}
