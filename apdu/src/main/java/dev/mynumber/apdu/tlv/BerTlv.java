package dev.mynumber.apdu.tlv;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * BER-TLV codec (ISO/IEC 7816-4 §5.2, ITU-T X.690 §8.1) for the card's files: tags of 1 to 3 bytes (high tag
 * numbers such as {@code FF20}, {@code DF22}, {@code 7F21}, spec quirk 8) and definite lengths in short form
 * or {@code 81}/{@code 82}/{@code 83} long form.
 *
 * <p>Indefinite length ({@code 80}) and {@code 84}+ lengths never occur on the card and are refused.
 */
public final class BerTlv {
    private static final int MAX_TAG_BYTES = 3;
    private static final int MAX_LENGTH_BYTES = 3;
    private static final int HIGH_TAG_NUMBER = 0x1F;
    private static final int MORE_TAG_BYTES = 0x80;
    private static final int LONG_LENGTH = 0x80;

    private BerTlv() {
    }

    /**
     * Reads the header at the start of the input.
     *
     * @param data at least the tag and length fields
     * @return the header, or empty if the input ends inside it (read more and try again)
     * @throws MalformedTlvException if the header itself is invalid
     */
    public static Optional<TlvHeader> readHeader(byte[] data) throws MalformedTlvException {
        return readHeader(data, 0);
    }

    /**
     * Reads the header at an offset.
     *
     * @param data the bytes
     * @param offset where the tag starts
     * @return the header, or empty if the input ends inside it
     * @throws MalformedTlvException if the header itself is invalid
     */
    public static Optional<TlvHeader> readHeader(byte[] data, int offset) throws MalformedTlvException {
        if (offset < 0 || offset >= data.length) {
            return Optional.empty();
        }
        int tagBytes = tagLength(data, offset);
        int at = offset + tagBytes;
        if (tagBytes == 0 || at >= data.length) {
            return Optional.empty();
        }
        int tag = 0;
        for (int i = offset; i < at; i++) {
            tag = (tag << 8) | (data[i] & 0xFF);
        }
        int first = data[at++] & 0xFF;
        if (first < LONG_LENGTH) {
            return Optional.of(new TlvHeader(tag, at - offset, first));
        }
        int count = first & 0x7F;
        if (count == 0 || count > MAX_LENGTH_BYTES) {
            throw new MalformedTlvException(String.format("unsupported length form %02X at offset %d", first, offset));
        }
        if (at + count > data.length) {
            return Optional.empty();
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (data[at++] & 0xFF);
        }
        return Optional.of(new TlvHeader(tag, at - offset, length));
    }

    /** Bytes of the tag at an offset (X.690 §8.1.2.4: b5-b1 all set, then bytes with b8 set continue); 0 if cut. */
    private static int tagLength(byte[] data, int offset) throws MalformedTlvException {
        if ((data[offset] & HIGH_TAG_NUMBER) != HIGH_TAG_NUMBER) {
            return 1;
        }
        for (int n = 2; offset + n <= data.length; n++) {
            if (n > MAX_TAG_BYTES) {
                throw new MalformedTlvException("tag longer than 3 bytes at offset " + offset);
            }
            if ((data[offset + n - 1] & MORE_TAG_BYTES) == 0) {
                return n;
            }
        }
        return 0;
    }

    /**
     * Parses the one TLV that starts at an offset; bytes after it are ignored.
     *
     * @param data the bytes
     * @param offset where the tag starts
     * @return the TLV with its raw encoding
     * @throws MalformedTlvException on a bad header or a value running past the input
     */
    public static Tlv parseOne(byte[] data, int offset) throws MalformedTlvException {
        TlvHeader header = readHeader(data, offset).orElseThrow(
                () -> new MalformedTlvException("input ends inside the TLV header at offset " + offset));
        long end = (long) offset + header.totalLength();
        if (end > data.length) {
            throw new MalformedTlvException(String.format("TLV %X at offset %d needs %d bytes, %d left",
                    header.tag(), offset, header.totalLength(), data.length - offset));
        }
        return new Tlv(header.tag(), Arrays.copyOfRange(data, offset, (int) end), header.headerLength());
    }

    /**
     * Parses consecutive TLVs that fill the input exactly.
     *
     * @param data the bytes, e.g. the value of a constructed TLV
     * @return the TLVs in order
     * @throws MalformedTlvException if any TLV is bad or the input ends inside one
     */
    public static List<Tlv> parseAll(byte[] data) throws MalformedTlvException {
        List<Tlv> out = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            Tlv tlv = parseOne(data, at);
            out.add(tlv);
            at += tlv.encoded().length;
        }
        return out;
    }

    /**
     * Encodes a TLV with the shortest definite length.
     *
     * @param tag 1 to 3 tag bytes as a number
     * @param value the value, up to 16 MiB - 1
     * @return tag, length and value
     */
    public static byte[] encode(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 8);
        for (int shift = 16; shift > 0; shift -= 8) {
            if ((tag >>> shift) != 0) {
                out.write(tag >>> shift);
            }
        }
        out.write(tag);
        out.writeBytes(encodeLength(value.length));
        out.writeBytes(value);
        return out.toByteArray();
    }

    /**
     * Encodes a definite length: short form below 128, else {@code 81}, {@code 82} or {@code 83} and the bytes.
     *
     * @param length 0 to 16777215
     * @return the length field
     */
    public static byte[] encodeLength(int length) {
        if (length < 0 || length > 0xFFFFFF) {
            throw new IllegalArgumentException("length outside 0..16777215: " + length);
        }
        if (length < LONG_LENGTH) {
            return new byte[] {(byte) length};
        }
        int count = length <= 0xFF ? 1 : length <= 0xFFFF ? 2 : 3;
        byte[] out = new byte[count + 1];
        out[0] = (byte) (LONG_LENGTH | count);
        for (int i = count; i >= 1; i--) {
            out[i] = (byte) length;
            length >>>= 8;
        }
        return out;
    }
}
