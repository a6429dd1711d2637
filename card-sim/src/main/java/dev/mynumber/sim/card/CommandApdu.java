package dev.mynumber.sim.card;

import java.util.Optional;

/**
 * One command APDU as the card engine sees it (ISO/IEC 7816-4 clause 5.1, cases 1 to 4, short and
 * extended), parsed independently of the {@code apdu} module.
 *
 * @param cla class byte
 * @param ins instruction byte
 * @param p1 parameter 1
 * @param p2 parameter 2
 * @param data command data (empty when there is no Lc field); copied in and out
 * @param ne expected response length (1-256 short, 1-65536 extended), or -1 when there is no Le field
 * @param extended whether the APDU used the extended length encoding
 */
record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne, boolean extended) {

    /** Marks an absent Le field. */
    static final int NO_LE = -1;

    CommandApdu {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Tells whether the command carries an Le field. */
    boolean hasLe() {
        return ne != NO_LE;
    }

    /** Parses raw bytes; empty when they are no well-formed APDU (the card answers {@code 6700}). */
    static Optional<CommandApdu> parse(byte[] b) {
        if (b == null || b.length < 4) {
            return Optional.empty();
        }
        if (b.length == 4) {
            return Optional.of(of(b, new byte[0], NO_LE, false));
        }
        if (b.length == 5) {
            return Optional.of(of(b, new byte[0], shortLe(b[4]), false));
        }
        return b[4] != 0 ? parseShort(b) : parseExtended(b);
    }

    private static Optional<CommandApdu> parseShort(byte[] b) {
        int lc = b[4] & 0xFF;
        byte[] data = java.util.Arrays.copyOfRange(b, 5, Math.min(b.length, 5 + lc));
        if (b.length == 5 + lc) {
            return Optional.of(of(b, data, NO_LE, false));
        }
        if (b.length == 6 + lc) {
            return Optional.of(of(b, data, shortLe(b[b.length - 1]), false));
        }
        return Optional.empty();
    }

    private static Optional<CommandApdu> parseExtended(byte[] b) {
        if (b.length == 7) {
            return Optional.of(of(b, new byte[0], extendedLe(b, 5), true));
        }
        if (b.length < 7) {
            return Optional.empty();
        }
        int lc = ((b[5] & 0xFF) << 8) | (b[6] & 0xFF);
        if (lc == 0) {
            return Optional.empty();
        }
        byte[] data = java.util.Arrays.copyOfRange(b, 7, Math.min(b.length, 7 + lc));
        if (b.length == 7 + lc) {
            return Optional.of(of(b, data, NO_LE, true));
        }
        if (b.length == 9 + lc) {
            return Optional.of(of(b, data, extendedLe(b, b.length - 2), true));
        }
        return Optional.empty();
    }

    private static CommandApdu of(byte[] b, byte[] data, int ne, boolean extended) {
        return new CommandApdu(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF, data, ne, extended);
    }

    private static int shortLe(byte le) {
        return le == 0 ? 256 : le & 0xFF;
    }

    private static int extendedLe(byte[] b, int at) {
        int le = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
        return le == 0 ? 65536 : le;
    }

    @Override
    public String toString() {
        return String.format("CommandApdu[%02X %02X %02X %02X, Lc=%d, Ne=%d]", cla, ins, p1, p2, data.length, ne);
    }
}
