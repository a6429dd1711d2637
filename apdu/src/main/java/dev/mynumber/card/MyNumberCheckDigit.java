package dev.mynumber.card;

/**
 * The check digit (検査用数字) of the 12-digit My Number (個人番号), spec §8.
 *
 * <p>Rule of 総務省令第八十五号 第五条 [CD-pages]: weights 6,5,4,3,2,7,6,5,4,3,2 on the first 11 digits from the
 * left; r = sum mod 11; the check digit is 0 when r ≤ 1, else 11 − r.
 */
public final class MyNumberCheckDigit {
    /** Number of digits in a My Number. */
    public static final int LENGTH = 12;

    private MyNumberCheckDigit() {
    }

    /**
     * Computes the check digit of the first 11 digits.
     *
     * @param digits ASCII digits; only the first 11 are used
     * @return 0 to 9
     * @throws IllegalArgumentException if fewer than 11 bytes are given or one is not an ASCII digit
     */
    public static int compute(byte[] digits) {
        if (digits.length < LENGTH - 1) {
            throw new IllegalArgumentException("need 11 digits");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int d = digits[i] - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit at index " + i);
            }
            int n = LENGTH - 1 - i; // position counted from the right, 1..11
            int weight = n <= 6 ? n + 1 : n - 5;
            sum += d * weight;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /**
     * Whether the bytes are exactly 12 ASCII digits whose last one is the check digit of the others.
     *
     * @param digits candidate bytes (not modified)
     * @return true if valid
     */
    public static boolean isValid(byte[] digits) {
        if (digits.length != LENGTH) {
            return false;
        }
        for (byte b : digits) {
            if (b < '0' || b > '9') {
                return false;
            }
        }
        return compute(digits) == digits[LENGTH - 1] - '0';
    }
}
