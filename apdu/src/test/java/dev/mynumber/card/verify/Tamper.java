package dev.mynumber.card.verify;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.Tlvs;

/** Changes one byte inside a field of a card file so that the file still parses. */
final class Tamper {
    private static final int[] MASKS = {0x01, 0x02, 0x04, 0x08, 0x10};

    /** Parses modified file bytes, as the card client would. */
    interface Parser<T> {
        T parse(byte[] file) throws MalformedCardDataException;
    }

    private Tamper() {
    }

    /** The file with one byte of the value of the TLV found at {@code tlvOffset} changed, re-parsed. */
    static <T> T valueByte(byte[] file, int tlvOffset, int tag, Parser<T> parser) throws Exception {
        Tlv tlv = Tlvs.parseAt(file, tlvOffset, tag, "test");
        int valueStart = tlvOffset + tlv.encoded().length - tlv.value().length;
        for (int i = valueStart; i < valueStart + tlv.value().length; i++) {
            for (int mask : MASKS) {
                byte[] copy = flip(file, i, mask);
                try {
                    return parser.parse(copy);
                } catch (MalformedCardDataException e) {
                    // this change breaks the encoding (UTF-8, date, sex code): try another
                }
            }
        }
        throw new AssertionError("no one-byte change of tag " + Integer.toHexString(tag) + " parses");
    }

    /** A copy with {@code data[index] ^= mask}. */
    static byte[] flip(byte[] data, int index, int mask) {
        byte[] copy = data.clone();
        copy[index] ^= (byte) mask;
        return copy;
    }

    /** Where {@code part} starts in {@code data}. */
    static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("part not found");
    }
}
