package dev.mynumber.apdu;

import java.util.Arrays;

/** Decodes the body of a command APDU after its header (ISO/IEC 7816-4 §5.1, cases 1-4S/E). */
final class CommandApduParser {
    private static final int HEADER = 4;

    private CommandApduParser() {
    }

    static CommandApdu parse(byte[] apdu) {
        if (apdu.length < HEADER) {
            throw new IllegalArgumentException("command APDU shorter than its header");
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        int body = apdu.length - HEADER;
        if (body == 0) {
            return new CommandApdu(cla, ins, p1, p2);
        }
        int b1 = apdu[HEADER] & 0xFF;
        if (body == 1) {
            return new CommandApdu(cla, ins, p1, p2, b1 == 0 ? 256 : b1); // case 2S
        }
        if (b1 != 0) {
            return shortWithData(apdu, cla, ins, p1, p2, b1);
        }
        if (body == 3) {
            return new CommandApdu(cla, ins, p1, p2, extendedLength(apdu, HEADER + 1)); // case 2E
        }
        return extendedWithData(apdu, cla, ins, p1, p2);
    }

    /** Cases 3S and 4S: Lc, data, optional one-byte Le. */
    private static CommandApdu shortWithData(byte[] apdu, int cla, int ins, int p1, int p2, int lc) {
        int dataStart = HEADER + 1;
        int rest = apdu.length - dataStart - lc;
        if (rest != 0 && rest != 1) {
            throw new IllegalArgumentException("short Lc does not match the command length");
        }
        byte[] data = Arrays.copyOfRange(apdu, dataStart, dataStart + lc);
        int le = rest == 0 ? 0 : apdu[apdu.length - 1] & 0xFF;
        return new CommandApdu(cla, ins, p1, p2, data, rest == 0 ? 0 : le == 0 ? 256 : le);
    }

    /** Cases 3E and 4E: {@code 00 Lc1 Lc2}, data, optional two-byte Le. */
    private static CommandApdu extendedWithData(byte[] apdu, int cla, int ins, int p1, int p2) {
        if (apdu.length < HEADER + 3) {
            throw new IllegalArgumentException("extended command APDU too short");
        }
        int lc = ((apdu[HEADER + 1] & 0xFF) << 8) | (apdu[HEADER + 2] & 0xFF);
        int dataStart = HEADER + 3;
        int rest = apdu.length - dataStart - lc;
        if (lc == 0 || (rest != 0 && rest != 2)) {
            throw new IllegalArgumentException("extended Lc does not match the command length");
        }
        byte[] data = Arrays.copyOfRange(apdu, dataStart, dataStart + lc);
        int ne = rest == 0 ? 0 : extendedLength(apdu, apdu.length - 2);
        return new CommandApdu(cla, ins, p1, p2, data, ne);
    }

    /** A two-byte extended Le; {@code 00 00} means 65536. */
    private static int extendedLength(byte[] apdu, int at) {
        int n = ((apdu[at] & 0xFF) << 8) | (apdu[at + 1] & 0xFF);
        return n == 0 ? CommandApdu.MAX_NE : n;
    }
}
