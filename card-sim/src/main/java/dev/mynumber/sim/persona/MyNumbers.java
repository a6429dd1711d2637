package dev.mynumber.sim.persona;

/**
 * The 個人番号 (My Number) check digit, per 総務省令第八十五号 第五条 (spec §8).
 */
public final class MyNumbers {
    private MyNumbers() {
    }

    /**
     * Computes the check digit of the first 11 digits: weights 6,5,4,3,2,7,6,5,4,3,2 from the left,
     * r = sum mod 11, check = 0 if r &lt;= 1 else 11 - r.
     *
     * @throws IllegalArgumentException unless given exactly 11 ASCII digits
     */
    public static int checkDigit(String elevenDigits) {
        if (elevenDigits.length() != 11 || !allDigits(elevenDigits)) {
            throw new IllegalArgumentException("need 11 digits");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = elevenDigits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** Tells whether the text is 12 ASCII digits whose last one is the check digit of the first 11. */
    public static boolean isValid(String twelveDigits) {
        return twelveDigits.length() == 12 && allDigits(twelveDigits)
                && checkDigit(twelveDigits.substring(0, 11)) == twelveDigits.charAt(11) - '0';
    }

    static boolean allDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
