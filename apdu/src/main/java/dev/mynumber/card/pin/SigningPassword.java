package dev.mynumber.card.pin;

import dev.mynumber.card.InvalidPinFormatException;
import java.util.Arrays;

/**
 * The JPKI signing password (署名用パスワード): 6-16 of A-Z and 0-9, at least one letter and one digit (spec §4).
 *
 * <p>Lower-case input is upper-cased first, as the official clients do; the card compares bytes.
 * Self-wiping: see {@link Secret}.
 */
public final class SigningPassword extends Secret {
    /** Shortest accepted password. */
    public static final int MIN_LENGTH = 6;
    /** Longest accepted password. */
    public static final int MAX_LENGTH = 16;
    private static final String RULE = "a signing password is 6-16 of A-Z 0-9 with at least one letter and one digit";

    private SigningPassword(byte[] ascii) {
        super(ascii);
    }

    /**
     * Upper-cases, validates and copies a password; the caller still owns (and should wipe) {@code chars}.
     *
     * @param chars the password as typed
     * @return the password
     * @throws InvalidPinFormatException if it breaks the rule
     */
    public static SigningPassword of(char[] chars) throws InvalidPinFormatException {
        if (chars == null || chars.length < MIN_LENGTH || chars.length > MAX_LENGTH) {
            throw new InvalidPinFormatException(RULE);
        }
        byte[] ascii = toAscii(chars, c -> isDigit(c) || isLetter(c), RULE);
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] >= 'a') {
                ascii[i] -= 'a' - 'A';
            }
            letter |= ascii[i] >= 'A';
            digit |= ascii[i] <= '9';
        }
        if (!letter || !digit) {
            Arrays.fill(ascii, (byte) 0);
            throw new InvalidPinFormatException(RULE);
        }
        return new SigningPassword(ascii);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
