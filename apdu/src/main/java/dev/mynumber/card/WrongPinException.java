package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The card rejected a PIN (status word {@code 63Cx}, x ≥ 1); the error carries the tries left.
 *
 * <p>Code {@link ErrorCode#WRONG_PIN}. The client never retries the VERIFY on its own.
 */
public final class WrongPinException extends ApduException {
    private final int triesLeft;

    /**
     * Creates the error.
     *
     * @param triesLeft the tries the card reports as left (1 to 15)
     */
    public WrongPinException(int triesLeft) {
        super(ErrorCode.WRONG_PIN, "wrong PIN; tries left: " + triesLeft);
        this.triesLeft = triesLeft;
    }

    /** The tries the card reports as left (at least one). */
    public int triesLeft() {
        return triesLeft;
    }

    /** Whether the next wrong attempt would block the key. */
    public boolean lastTry() {
        return triesLeft == 1;
    }
}
