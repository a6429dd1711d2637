package dev.mynumber.apdu.tlv;

/**
 * The tag and length fields of one BER-TLV, which tell a reader how many bytes the whole TLV takes.
 *
 * @param tag the tag bytes as a number, e.g. {@code 0x30}, {@code 0xFF20}, {@code 0x7F21}
 * @param headerLength bytes of tag plus length fields
 * @param valueLength bytes of the value
 */
public record TlvHeader(int tag, int headerLength, int valueLength) {
    /** Bytes of the whole TLV: header and value. */
    public int totalLength() {
        return headerLength + valueLength;
    }
}
