package dev.mynumber.sim.files;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Builds a constructed file whose first field is an offset table: {@code <outer tag> L { <table tag>
 * <n x u16> ; field1 ; field2 ... }}, each u16 being the offset from the start of the file to a field's
 * tag (text AP {@code 0002} {@code DF21}, visual AP {@code 0002} {@code DF21}; spec §5.3, §5.4).
 */
final class OffsetTable {

    private OffsetTable() {
    }

    /** Builds the file from the encoded TLV fields, all of which get an entry in the table. */
    static byte[] build(int outerTag, int tableTag, List<byte[]> fields) {
        int fieldsLength = fields.stream().mapToInt(f -> f.length).sum();
        int tableLength = 2 * fields.size();
        int tableTlvLength = Tlv.tag(tableTag).length + Tlv.length(tableLength).length + tableLength;
        int valueLength = tableTlvLength + fieldsLength;
        int headerLength = Tlv.tag(outerTag).length + Tlv.length(valueLength).length;
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        int offset = headerLength + tableTlvLength;
        for (byte[] field : fields) {
            table.writeBytes(Tlv.u16(offset));
            offset += field.length;
        }
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.writeBytes(Tlv.of(tableTag, table.toByteArray()));
        fields.forEach(value::writeBytes);
        return Tlv.of(outerTag, value.toByteArray());
    }
}
