package dev.mynumber.card.pin;

import dev.mynumber.card.InvalidPinFormatException;
import dev.mynumber.card.MyNumberCheckDigit;
import java.util.Arrays;

/**
 * 照合番号A: the holder's 12-digit My Number used as a key (text AP {@code 0014}, visual AP {@code 0013}).
 *
 * <p>The check digit must pass before any APDU is sent (spec §8), so a typo never spends a try.
 * Self-wiping: see {@link Secret}.
 */
public final class VerificationCodeA extends Secret {
    private static final String RULE = "照合番号A is a 12-digit My Number with a valid check digit";

    private VerificationCodeA(byte[] ascii) {
        super(ascii);
    }

    /**
     * Validates and copies the code; the caller still owns (and should wipe) {@code digits}.
     *
     * @param digits 12 ASCII digits whose last is the check digit
     * @return the code
     * @throws InvalidPinFormatException if not 12 digits or the check digit fails
     */
    public static VerificationCodeA of(char[] digits) throws InvalidPinFormatException {
        if (digits == null || digits.length != MyNumberCheckDigit.LENGTH) {
            throw new InvalidPinFormatException(RULE);
        }
        byte[] ascii = toAscii(digits, Secret::isDigit, RULE);
        if (!MyNumberCheckDigit.isValid(ascii)) {
            Arrays.fill(ascii, (byte) 0);
            throw new InvalidPinFormatException(RULE);
        }
        return new VerificationCodeA(ascii);
    }
}
