package dev.mynumber.sim.variant;

/**
 * The length fields of a raw command APDU as a reader driver sees them (ISO/IEC 7816-3 and -4 cases),
 * without interpreting the command: what the reader variants need to decide.
 */
final class ApduShape {
    /** Header length: CLA INS P1 P2. */
    private static final int HEADER = 4;
    /** Short response data limit (Le = 00). */
    static final int SHORT_MAX = 256;

    private ApduShape() {
    }

    /** Tells whether the command uses the extended length encoding (a 00 byte then two length bytes). */
    static boolean extended(byte[] c) {
        return c.length > HEADER + 1 && c[HEADER] == 0;
    }

    /** Returns the short Le (1-256) of a case-2 or case-4 short command, or -1 if it has none. */
    static int shortNe(byte[] c) {
        if (c.length == HEADER + 1) {
            return le(c[HEADER]);
        }
        if (c.length > HEADER + 1 && !extended(c) && c.length == HEADER + 2 + (c[HEADER] & 0xFF)) {
            return le(c[c.length - 1]);
        }
        return -1;
    }

    /** Tells whether the command carries both data and Le (case 4, short or extended). */
    static boolean case4(byte[] c) {
        if (extended(c)) {
            int lc = c.length >= HEADER + 3 ? ((c[HEADER + 1] & 0xFF) << 8) | (c[HEADER + 2] & 0xFF) : 0;
            return lc > 0 && c.length == HEADER + 3 + lc + 2;
        }
        return c.length > HEADER + 1 && shortNe(c) > 0;
    }

    /** Returns the status word of a response. */
    static int sw(byte[] response) {
        return response.length < 2 ? -1
                : ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
    }

    /** Returns a response of data and a status word. */
    static byte[] response(byte[] data, int from, int length, int sw) {
        byte[] r = new byte[length + 2];
        System.arraycopy(data, from, r, 0, length);
        r[length] = (byte) (sw >> 8);
        r[length + 1] = (byte) sw;
        return r;
    }

    private static int le(byte b) {
        return b == 0 ? SHORT_MAX : b & 0xFF;
    }
}
