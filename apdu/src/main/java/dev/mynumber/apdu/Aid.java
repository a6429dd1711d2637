package dev.mynumber.apdu;

import java.util.Arrays;

/**
 * An application identifier, the DF name used by SELECT by name (ISO/IEC 7816-4 §8.2.1.2, 5 to 16 bytes).
 *
 * @param bytes the DF name; copied in and out
 */
public record Aid(byte[] bytes) {
    private static final int MIN_LENGTH = 5;
    private static final int MAX_LENGTH = 16;

    /**
     * Checks the length and copies the bytes.
     *
     * @throws IllegalArgumentException if not 5 to 16 bytes
     */
    public Aid {
        if (bytes.length < MIN_LENGTH || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("an AID has 5 to 16 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /**
     * Parses an AID constant.
     *
     * @param hex 10 to 32 hex digits
     * @return the AID
     */
    public static Aid fromHex(String hex) {
        return new Aid(Hex.decode(hex));
    }

    /** A copy of the DF name. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aid other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The hex form, e.g. {@code Aid[D392F000260100000001]}. */
    @Override
    public String toString() {
        return "Aid[" + Hex.encode(bytes) + "]";
    }
}
