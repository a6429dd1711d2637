package dev.mynumber.card;

import dev.mynumber.apdu.ErrorCode;

/**
 * The PIN or 照合番号 is blocked: {@code 63C0} on the exhausting try, {@code 6984} afterwards (spec §4.1).
 *
 * <p>Code {@link ErrorCode#PIN_BLOCKED}; {@link #triesLeft()} is 0. A blocked PIN is reset at the municipal
 * office (市区町村の窓口).
 */
public final class PinBlockedException extends PinCounterException {
    /** Creates the error for an answer that names no key (a blocked word to a command other than VERIFY). */
    public PinBlockedException() {
        this(null);
    }

    /**
     * Creates the error with a fixed, non-personal message.
     *
     * @param key the blocked key, or null when the card's answer does not name it
     */
    public PinBlockedException(PinKind key) {
        super(ErrorCode.PIN_BLOCKED, "the PIN is blocked; it can be reset at the municipal office", key, 0);
    }
}
