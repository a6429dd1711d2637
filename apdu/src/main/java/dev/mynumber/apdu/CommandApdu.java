package dev.mynumber.apdu;

import java.util.Arrays;

/**
 * A command APDU in any of the four ISO/IEC 7816-4 cases (§5.1), short or extended.
 *
 * <p>The short form is used while Nc ≤ 255 and Ne ≤ 256, as {@code javax.smartcardio.CommandAPDU} does; Ne 256
 * is sent as {@code 00} and, in extended form, Ne 65536 as {@code 00 00}. {@link #toString()} never shows the
 * data field (it may be a PIN).
 *
 * @param cla class byte, 0-255
 * @param ins instruction byte, 0-255
 * @param p1 parameter 1, 0-255
 * @param p2 parameter 2, 0-255
 * @param data command data (Nc = its length, 0-65535); copied in and out
 * @param ne expected response length, 0 (no Le field) to 65536
 */
public record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne) {
    /** Largest Nc. */
    public static final int MAX_NC = 65535;
    /** Largest Ne. */
    public static final int MAX_NE = 65536;
    private static final int MAX_SHORT_NC = 255;
    private static final int MAX_SHORT_NE = 256;

    /**
     * Checks ranges and copies the data.
     *
     * @throws IllegalArgumentException if a byte, Nc or Ne is out of range
     */
    public CommandApdu {
        checkByte(cla, "CLA");
        checkByte(ins, "INS");
        checkByte(p1, "P1");
        checkByte(p2, "P2");
        if (data.length > MAX_NC) {
            throw new IllegalArgumentException("Nc above 65535: " + data.length);
        }
        if (ne < 0 || ne > MAX_NE) {
            throw new IllegalArgumentException("Ne outside 0..65536: " + ne);
        }
        data = data.clone();
    }

    /** Case 1: header only. */
    public CommandApdu(int cla, int ins, int p1, int p2) {
        this(cla, ins, p1, p2, new byte[0], 0);
    }

    /** Case 2: header and Le. */
    public CommandApdu(int cla, int ins, int p1, int p2, int ne) {
        this(cla, ins, p1, p2, new byte[0], ne);
    }

    /** Case 3: header and data. */
    public CommandApdu(int cla, int ins, int p1, int p2, byte[] data) {
        this(cla, ins, p1, p2, data, 0);
    }

    /**
     * Decodes an encoded command APDU.
     *
     * @param apdu the bytes of a case 1-4 command, short or extended
     * @return the command
     * @throws IllegalArgumentException if the bytes are no valid encoding
     */
    public static CommandApdu parse(byte[] apdu) {
        return CommandApduParser.parse(apdu);
    }

    /** A copy of the command data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Nc, the length of the data field. */
    public int nc() {
        return data.length;
    }

    /** Whether the encoding needs the extended length fields (Nc above 255 or Ne above 256). */
    public boolean isExtended() {
        return data.length > MAX_SHORT_NC || ne > MAX_SHORT_NE;
    }

    /**
     * The same command with another Ne.
     *
     * @param newNe 0 to 65536
     * @return the changed command
     */
    public CommandApdu withNe(int newNe) {
        return new CommandApdu(cla, ins, p1, p2, data, newNe);
    }

    /** The encoded command, ready for a transport. */
    public byte[] bytes() {
        boolean extended = isExtended();
        int lcLength = data.length == 0 ? 0 : extended ? 3 : 1;
        int leLength = ne == 0 ? 0 : !extended ? 1 : data.length == 0 ? 3 : 2;
        byte[] out = new byte[4 + lcLength + data.length + leLength];
        out[0] = (byte) cla;
        out[1] = (byte) ins;
        out[2] = (byte) p1;
        out[3] = (byte) p2;
        int at = 4;
        if (lcLength > 0) {
            at = writeLength(out, at, data.length, extended, true);
            System.arraycopy(data, 0, out, at, data.length);
            at += data.length;
        }
        if (leLength > 0) {
            writeLength(out, at, ne, extended, data.length == 0);
        }
        return out;
    }

    /** Writes Lc or Le: one byte in short form; {@code 00} then two bytes when extended and first. */
    private static int writeLength(byte[] out, int at, int n, boolean extended, boolean lead) {
        if (!extended) {
            out[at] = (byte) n; // 256 becomes 00
            return at + 1;
        }
        if (lead) {
            out[at++] = 0;
        }
        out[at] = (byte) (n >> 8); // 65536 becomes 00 00
        out[at + 1] = (byte) n;
        return at + 2;
    }

    private static void checkByte(int b, String name) {
        if (b < 0 || b > 0xFF) {
            throw new IllegalArgumentException(name + " outside 00..FF: " + b);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu c && cla == c.cla && ins == c.ins && p1 == c.p1 && p2 == c.p2
                && ne == c.ne && Arrays.equals(data, c.data);
    }

    @Override
    public int hashCode() {
        return ((((cla * 31 + ins) * 31 + p1) * 31 + p2) * 31 + ne) * 31 + Arrays.hashCode(data);
    }

    /** Header, Nc and Ne; never the data. */
    @Override
    public String toString() {
        return String.format("CommandApdu[%02X %02X %02X %02X, Nc=%d, Ne=%d]", cla, ins, p1, p2, data.length, ne);
    }
}
