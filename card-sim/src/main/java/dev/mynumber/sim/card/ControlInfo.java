package dev.mynumber.sim.card;

import java.io.ByteArrayOutputStream;

/**
 * The minimal file control information the {@code select-fci} variant returns to SELECT with P2 {@code 00}
 * (FCI template {@code 6F}) or {@code 04} (FCP template {@code 62}). The real card's FCI is not published
 * (spec §3.1, §10): this carries only what ISO 7816-4 requires to name the file, so a client that asks for
 * it gets well-formed bytes rather than real content.
 */
final class ControlInfo {
    /** P2 asking for the FCI template. */
    static final int P2_FCI = 0x00;
    /** P2 asking for the FCP template. */
    static final int P2_FCP = 0x04;
    private static final int FCI_TEMPLATE = 0x6F;
    private static final int FCP_TEMPLATE = 0x62;
    private static final int DF_NAME = 0x84;
    private static final int FILE_ID = 0x83;

    private ControlInfo() {
    }

    /** Returns the template naming a DF by its name (AID). */
    static byte[] ofDf(int p2, byte[] dfName) {
        return template(p2, DF_NAME, dfName);
    }

    /** Returns the template naming an EF by its identifier. */
    static byte[] ofEf(int p2, int fid) {
        return template(p2, FILE_ID, new byte[] {(byte) (fid >> 8), (byte) fid});
    }

    private static byte[] template(int p2, int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(p2 == P2_FCP ? FCP_TEMPLATE : FCI_TEMPLATE);
        out.write(value.length + 2);
        out.write(tag);
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }
}
