package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The PIN or 照合番号 is blocked: {@code 63C0} on the exhausting try, {@code 6984} afterwards (spec §4.1).
 *
 * <p>Code {@link ErrorCode#PIN_BLOCKED}. A blocked PIN is reset at the municipal office (市区町村の窓口).
 */
public final class PinBlockedException extends ApduException {
    /** Creates the error with a fixed, non-personal message. */
    public PinBlockedException() {
        super(ErrorCode.PIN_BLOCKED, "the PIN is blocked; it can be reset at the municipal office");
    }
}
