package dev.mynumber.apdu;

/**
 * Hexadecimal text for bytes: upper-case on output, either case on input.
 *
 * <p>For constants, tests and logs of non-secret bytes; never hex-dump a PIN or personal data.
 */
public final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /**
     * Encodes bytes as upper-case hex without separators.
     *
     * @param bytes the bytes
     * @return two characters per byte
     */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0x0F];
            out[2 * i + 1] = DIGITS[bytes[i] & 0x0F];
        }
        return new String(out);
    }

    /**
     * Decodes hex text without separators.
     *
     * @param hex an even number of hex digits, either case
     * @return the bytes
     * @throws IllegalArgumentException on an odd length or a non-hex character
     */
    public static byte[] decode(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((digit(hex.charAt(2 * i)) << 4) | digit(hex.charAt(2 * i + 1)));
        }
        return out;
    }

    private static int digit(char c) {
        int d = Character.digit(c, 16);
        if (d < 0) {
            throw new IllegalArgumentException("not a hex digit: '" + c + "'");
        }
        return d;
    }
}
