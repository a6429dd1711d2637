package dev.mynumber.sim.card;

/**
 * Which key references a holder may change, and the format a new value must have (spec §4).
 *
 * <p>The verification codes A/B and the birth-date key derive from card data and cannot be changed.
 */
final class SecretFormat {
    private static final int PIN_LENGTH = 4;
    private static final int PASSWORD_MIN = 6;
    private static final int PASSWORD_MAX = 16;

    private SecretFormat() {
    }

    /** Tells whether the holder may change this key reference at all. */
    static boolean changeable(CardSecret s) {
        return switch (s) {
            case JPKI_AUTH_PIN, JPKI_SIGN_PASSWORD, TEXT_PIN, JUKI_PIN, COMMON_PIN -> true;
            default -> false;
        };
    }

    /** Tells whether a new value has the right format: 4 ASCII digits, or the signing password rule. */
    static boolean valid(CardSecret s, byte[] v) {
        if (s == CardSecret.JPKI_SIGN_PASSWORD) {
            return v.length >= PASSWORD_MIN && v.length <= PASSWORD_MAX && onlyUpperAlnum(v)
                    && count(v, true) > 0 && count(v, false) > 0;
        }
        return v.length == PIN_LENGTH && count(v, true) == PIN_LENGTH;
    }

    private static boolean onlyUpperAlnum(byte[] v) {
        for (byte b : v) {
            if (!isDigit(b) && !(b >= 'A' && b <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static int count(byte[] v, boolean digits) {
        int n = 0;
        for (byte b : v) {
            n += isDigit(b) == digits ? 1 : 0;
        }
        return n;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
