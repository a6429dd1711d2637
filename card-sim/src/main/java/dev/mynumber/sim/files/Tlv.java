package dev.mynumber.sim.files;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * BER-TLV encoding and byte helpers for the card files: one- or two-byte tags (the card uses private-class
 * two-byte tags such as {@code FF20}, {@code DF22}; spec §7 quirk 8) and definite lengths.
 */
public final class Tlv {

    private Tlv() {
    }

    /** Encodes one TLV; a tag above {@code 0xFF} is written as two bytes. */
    public static byte[] of(int tag, byte[] value) {
        return concat(tag(tag), length(value.length), value);
    }

    /** Encodes a definite length in the shortest BER form ({@code 81 xx}, {@code 82 xx xx} above 127). */
    public static byte[] length(int n) {
        if (n < 0x80) {
            return new byte[] {(byte) n};
        }
        if (n <= 0xFF) {
            return new byte[] {(byte) 0x81, (byte) n};
        }
        if (n <= 0xFFFF) {
            return new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
        }
        throw new IllegalArgumentException("TLV value too long for a card file: " + n);
    }

    /** Encodes a tag of one or two bytes. */
    public static byte[] tag(int tag) {
        return tag > 0xFF ? new byte[] {(byte) (tag >> 8), (byte) tag} : new byte[] {(byte) tag};
    }

    /** Concatenates byte arrays. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Returns the SHA-256 digest of the data. */
    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }

    /** Encodes a big-endian unsigned 16-bit value. */
    public static byte[] u16(int value) {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }
}
