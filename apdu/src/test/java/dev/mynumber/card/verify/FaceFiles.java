package dev.mynumber.card.verify;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.visualap.CardFace;
import java.io.ByteArrayOutputStream;

/** Rebuilds a visual AP card-face file (spec §5.4) with one field replaced, offset table recomputed. */
final class FaceFiles {
    private static final int FIRST_TAG = 0xDF22;
    private static final int LAST_TAG = 0xDF2A;
    private static final int TABLE_TAG = 0xDF21;

    private FaceFiles() {
    }

    static byte[] withField(CardFace face, int tag, byte[] value) {
        byte[][] fields = new byte[LAST_TAG - FIRST_TAG + 1][];
        for (int t = FIRST_TAG; t <= LAST_TAG; t++) {
            fields[t - FIRST_TAG] = t == tag ? Tlv.of(t, value).encoded() : face.rawTlv(t);
        }
        int tableLength = Tlv.of(TABLE_TAG, new byte[2 * fields.length]).encoded().length;
        int bodyLength = tableLength;
        for (byte[] f : fields) {
            bodyLength += f.length;
        }
        int header = Tlv.of(0xFF20, new byte[bodyLength]).encoded().length - bodyLength;
        byte[] table = new byte[2 * fields.length];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = header + tableLength;
        for (int i = 0; i < fields.length; i++) {
            // offsets are from the start of the file to each field's tag (spec §5.3, §5.4)
            table[2 * i] = (byte) (offset >> 8);
            table[2 * i + 1] = (byte) offset;
            offset += fields[i].length;
        }
        body.writeBytes(Tlv.of(TABLE_TAG, table).encoded());
        for (byte[] f : fields) {
            body.writeBytes(f);
        }
        return Tlv.of(0xFF20, body.toByteArray()).encoded();
    }
}
