package dev.mynumber.card.pin;

import dev.mynumber.card.InvalidPinFormatException;

/**
 * A 4-digit PIN (暗証番号): JPKI 利用者証明用, 券面事項入力補助用, 共通 and 住基 PINs (spec §4).
 *
 * <p>Self-wiping: see {@link Secret}.
 */
public final class Pin4 extends Secret {
    /** Number of digits. */
    public static final int LENGTH = 4;

    private Pin4(byte[] ascii) {
        super(ascii);
    }

    /**
     * Validates and copies a PIN; the caller still owns (and should wipe) {@code digits}.
     *
     * @param digits exactly 4 ASCII digits
     * @return the PIN
     * @throws InvalidPinFormatException if not exactly 4 digits
     */
    public static Pin4 of(char[] digits) throws InvalidPinFormatException {
        String rule = "a PIN is exactly 4 digits";
        if (digits == null || digits.length != LENGTH) {
            throw new InvalidPinFormatException(rule);
        }
        return new Pin4(toAscii(digits, Secret::isDigit, rule));
    }
}
