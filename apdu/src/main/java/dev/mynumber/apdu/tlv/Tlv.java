package dev.mynumber.apdu.tlv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One BER-TLV as it was read: its tag and its raw encoding, from which the value is a slice.
 *
 * <p>A class rather than a record because it keeps the raw bytes exactly as the card stored them: the card's
 * signatures cover raw TLVs (spec §5.3, §5.4). Arrays are copied in and out. {@link #toString()} shows tag and
 * length only, never the value.
 */
public final class Tlv {
    private static final int CONSTRUCTED = 0x20;

    private final int tag;
    private final byte[] encoded;
    private final int headerLength;

    Tlv(int tag, byte[] encoded, int headerLength) {
        this.tag = tag;
        this.encoded = encoded;
        this.headerLength = headerLength;
    }

    /**
     * Builds a TLV with the shortest definite length.
     *
     * @param tag 1 to 3 tag bytes as a number, e.g. {@code 0xDF22}
     * @param value the value
     * @return the TLV
     */
    public static Tlv of(int tag, byte[] value) {
        byte[] encoded = BerTlv.encode(tag, value);
        return new Tlv(tag, encoded, encoded.length - value.length);
    }

    /** The tag bytes as a number, e.g. {@code 0xFF20}. */
    public int tag() {
        return tag;
    }

    /** Whether the tag marks a constructed TLV (bit 6 of the first tag byte). */
    public boolean isConstructed() {
        int firstByte = tag > 0xFFFF ? tag >>> 16 : tag > 0xFF ? tag >>> 8 : tag;
        return (firstByte & CONSTRUCTED) != 0;
    }

    /** A copy of the value. */
    public byte[] value() {
        return Arrays.copyOfRange(encoded, headerLength, encoded.length);
    }

    /** Length of the value. */
    public int length() {
        return encoded.length - headerLength;
    }

    /** A copy of the raw tag, length and value bytes. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * Parses the value as consecutive TLVs.
     *
     * @return the children
     * @throws MalformedTlvException if the value is not a sequence of TLVs
     */
    public List<Tlv> children() throws MalformedTlvException {
        return BerTlv.parseAll(value());
    }

    /**
     * The first child with a tag.
     *
     * @param childTag the tag
     * @return the child, or empty
     * @throws MalformedTlvException if the value is not a sequence of TLVs
     */
    public Optional<Tlv> find(int childTag) throws MalformedTlvException {
        return children().stream().filter(c -> c.tag == childTag).findFirst();
    }

    /**
     * The first child with a tag, which must exist.
     *
     * @param childTag the tag
     * @return the child
     * @throws MalformedTlvException if the value is not a sequence of TLVs or has no such child
     */
    public Tlv require(int childTag) throws MalformedTlvException {
        return find(childTag).orElseThrow(() -> new MalformedTlvException(
                String.format("no child with tag %X in TLV %X", childTag, tag)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tlv other && Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    /** Tag and value length only; values may be personal data. */
    @Override
    public String toString() {
        return String.format("Tlv[%X, %d bytes]", tag, length());
    }
}
