package dev.mynumber.card.session;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the fields of a file through its {@code DF21} offset table (spec §5.3 text {@code 0002}, §5.4 visual
 * {@code 0002}): big-endian u16 byte offsets from the start of the file to the tag of each following field.
 */
public final class OffsetTable {
    /** Tag of the offset table. */
    public static final int TAG_TABLE = 0xDF21;

    private OffsetTable() {
    }

    /**
     * Parses the outer TLV, then each field at the offset the table gives, checking tags and bounds.
     *
     * @param file the file bytes from offset 0
     * @param outerTag the outer tag ({@code FF20})
     * @param fieldTags the expected tag of each table entry, in order
     * @param what a non-personal name for errors
     * @return the fields in table order
     */
    public static List<Field> fields(byte[] file, int outerTag, int[] fieldTags, String what)
            throws MalformedCardDataException {
        Tlv outer = Tlvs.parseAt(file, 0, outerTag, what);
        int valueStart = outer.encoded().length - outer.value().length;
        int end = outer.encoded().length;
        byte[] table = Tlvs.fixedValue(outer, TAG_TABLE, 2 * fieldTags.length, what);
        List<Field> fields = new ArrayList<>(fieldTags.length);
        for (int i = 0; i < fieldTags.length; i++) {
            int offset = CardText.u16(table, i);
            if (offset < valueStart || offset >= end) {
                throw new MalformedCardDataException(what + ": offset table entry " + i + " outside the TLV");
            }
            Tlv field = Tlvs.parseAt(file, offset, fieldTags[i], what);
            if (offset + field.encoded().length > end) {
                throw new MalformedCardDataException(what + ": field " + i + " runs past the TLV");
            }
            fields.add(new Field(offset, field));
        }
        return fields;
    }

    /**
     * One field of the file.
     *
     * @param offset where its tag starts in the file
     * @param tlv the field
     */
    public record Field(int offset, Tlv tlv) {
        /** The offset just after the field. */
        public int end() {
            return offset + tlv.encoded().length;
        }
    }
}
