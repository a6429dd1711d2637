package dev.mynumber.card;

import dev.mynumber.apdu.ErrorCode;

/**
 * The card rejected a PIN (status word {@code 63Cx}, x ≥ 1); the error carries the tries left.
 *
 * <p>Code {@link ErrorCode#WRONG_PIN}. The client never retries the VERIFY on its own.
 */
public final class WrongPinException extends PinCounterException {
    /**
     * Creates the error.
     *
     * @param key the key the VERIFY named, or null when not known
     * @param triesLeft the tries the card reports as left (1 to 15)
     */
    public WrongPinException(PinKind key, int triesLeft) {
        super(ErrorCode.WRONG_PIN, "wrong PIN; tries left: " + triesLeft, key, triesLeft);
    }

    /**
     * Creates the error for a key not named.
     *
     * @param triesLeft the tries the card reports as left (1 to 15)
     */
    public WrongPinException(int triesLeft) {
        this(null, triesLeft);
    }

    /** Whether the next wrong attempt would block the key. */
    public boolean lastTry() {
        return triesLeft() == 1;
    }
}
