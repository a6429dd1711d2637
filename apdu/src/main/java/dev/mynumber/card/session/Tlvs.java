package dev.mynumber.card.session;

import dev.mynumber.apdu.tlv.BerTlv;
import dev.mynumber.apdu.tlv.MalformedTlvException;
import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;

/**
 * BER-TLV helpers that turn every parse fault into {@link MalformedCardDataException} naming the file, not
 * its content.
 */
public final class Tlvs {
    private Tlvs() {
    }

    /**
     * Parses the TLV at an offset and checks its tag.
     *
     * @param data the file bytes
     * @param offset where the TLV starts
     * @param tag the expected tag, e.g. {@code 0xFF20}
     * @param what a non-personal name for errors
     * @return the TLV
     */
    public static Tlv parseAt(byte[] data, int offset, int tag, String what) throws MalformedCardDataException {
        if (offset < 0 || offset >= data.length) {
            throw new MalformedCardDataException(what + ": offset outside the file");
        }
        Tlv tlv;
        try {
            tlv = BerTlv.parseOne(data, offset);
        } catch (MalformedTlvException e) {
            throw new MalformedCardDataException(what + ": bad TLV", e);
        }
        if (tlv.tag() != tag) {
            throw new MalformedCardDataException(what + ": expected tag " + Integer.toHexString(tag).toUpperCase()
                    + " but found " + Integer.toHexString(tlv.tag()).toUpperCase());
        }
        return tlv;
    }

    /**
     * The first child with a tag.
     *
     * @param parent a constructed TLV
     * @param tag the child's tag
     * @param what a non-personal name for errors
     * @return the child
     */
    public static Tlv child(Tlv parent, int tag, String what) throws MalformedCardDataException {
        try {
            return parent.require(tag);
        } catch (MalformedTlvException e) {
            throw new MalformedCardDataException(
                    what + ": missing or bad tag " + Integer.toHexString(tag).toUpperCase(), e);
        }
    }

    /**
     * The value of the first child with a tag, checked for an exact length.
     *
     * @param parent a constructed TLV
     * @param tag the child's tag
     * @param length the required value length
     * @param what a non-personal name for errors
     * @return a copy of the value
     */
    public static byte[] fixedValue(Tlv parent, int tag, int length, String what) throws MalformedCardDataException {
        byte[] value = child(parent, tag, what).value();
        if (value.length != length) {
            throw new MalformedCardDataException(what + ": tag " + Integer.toHexString(tag).toUpperCase()
                    + " has " + value.length + " bytes, expected " + length);
        }
        return value;
    }
}
