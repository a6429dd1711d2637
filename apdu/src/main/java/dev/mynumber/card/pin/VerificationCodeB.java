package dev.mynumber.card.pin;

import dev.mynumber.card.InvalidPinFormatException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;

/**
 * 照合番号B: 14 ASCII digits = birth date as Japanese-era YYMMDD + expiry year YYYY + 4-digit security code
 * (セキュリティコード), spec §4 [MC-data], [NFCPY-B]. Text AP {@code 0015}, visual AP {@code 0012}.
 *
 * <p>Example: born 令和2年2月24日, card valid to 2030, code 1234 gives {@code 02022420301234}.
 * Self-wiping: see {@link Secret}.
 */
public final class VerificationCodeB extends Secret {
    /** Number of digits. */
    public static final int LENGTH = 14;
    /** Earliest accepted expiry year: cards were first issued in 2016. */
    public static final int MIN_EXPIRY_YEAR = 2016;
    /** Latest accepted expiry year. */
    public static final int MAX_EXPIRY_YEAR = 2099;
    private static final String RULE = "照合番号B is era YYMMDD + expiry YYYY + 4-digit security code (14 digits)";

    private VerificationCodeB(byte[] ascii) {
        super(ascii);
    }

    /**
     * Builds the code from its parts; the caller still owns (and should wipe) {@code securityCode4}.
     *
     * @param birthDate the Gregorian birth date (written as era YYMMDD, see {@link JapaneseEra})
     * @param expiryYear the expiry year on the card face, 2016-2099
     * @param securityCode4 the 4-digit security code printed on the card face
     * @return the code
     * @throws InvalidPinFormatException if a part is out of range
     */
    public static VerificationCodeB of(LocalDate birthDate, int expiryYear, char[] securityCode4)
            throws InvalidPinFormatException {
        if (birthDate == null || birthDate.getYear() < 1868 || securityCode4 == null
                || securityCode4.length != 4 || expiryYear < MIN_EXPIRY_YEAR || expiryYear > MAX_EXPIRY_YEAR) {
            throw new InvalidPinFormatException(RULE);
        }
        byte[] code = toAscii(securityCode4, Secret::isDigit, RULE);
        byte[] out = new byte[LENGTH];
        put(out, 0, JapaneseEra.yearOf(birthDate), 2);
        put(out, 2, birthDate.getMonthValue(), 2);
        put(out, 4, birthDate.getDayOfMonth(), 2);
        put(out, 6, expiryYear, 4);
        System.arraycopy(code, 0, out, 10, 4);
        Arrays.fill(code, (byte) 0);
        return new VerificationCodeB(out);
    }

    /**
     * Validates and copies 14 typed digits; the caller still owns (and should wipe) {@code digits}.
     *
     * @param digits 14 ASCII digits; month 01-12 and a day that month has (29 February: the era, and so the
     *     year, is not part of the code) are checked
     * @return the code
     * @throws InvalidPinFormatException if the digits break the rule
     */
    public static VerificationCodeB ofDigits(char[] digits) throws InvalidPinFormatException {
        if (digits == null || digits.length != LENGTH) {
            throw new InvalidPinFormatException(RULE);
        }
        byte[] ascii = toAscii(digits, Secret::isDigit, RULE);
        int month = number(ascii, 2, 2);
        int day = number(ascii, 4, 2);
        int expiry = number(ascii, 6, 4);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()
                || expiry < MIN_EXPIRY_YEAR || expiry > MAX_EXPIRY_YEAR) {
            Arrays.fill(ascii, (byte) 0);
            throw new InvalidPinFormatException(RULE);
        }
        return new VerificationCodeB(ascii);
    }

    private static void put(byte[] out, int offset, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[offset + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int number(byte[] ascii, int offset, int width) {
        int value = 0;
        for (int i = 0; i < width; i++) {
            value = value * 10 + ascii[offset + i] - '0';
        }
        return value;
    }
}
