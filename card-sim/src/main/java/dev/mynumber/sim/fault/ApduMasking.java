package dev.mynumber.sim.fault;

import java.util.HexFormat;

/**
 * Renders command and response APDUs as hex with secrets and personal data replaced by their length.
 *
 * <p>Masked: the data of VERIFY ({@code INS 20}), CHANGE REFERENCE DATA ({@code 24}) and JICSAP CHANGE KEY
 * ({@code 80 32}) commands, which carry PINs [MC-card]; the response data of READ BINARY ({@code B0/B1}) and
 * READ RECORD ({@code B2/B3}), which carry certificates and card-face data. Status words stay visible.
 */
final class ApduMasking {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private ApduMasking() {
    }

    static String command(byte[] c) {
        if (c.length <= 5 || !secretCommand(c)) {
            return HEX.formatHex(c);
        }
        boolean extended = c[4] == 0 && c.length >= 7;
        int dataStart = extended ? 7 : 5;
        int lc = extended ? ((c[5] & 0xFF) << 8) | (c[6] & 0xFF) : c[4] & 0xFF;
        if (lc == 0 || lc > c.length - dataStart) {
            // Malformed: mask everything after the header rather than guess where the secret ends.
            dataStart = 4;
            lc = c.length - 4;
        }
        return HEX.formatHex(c, 0, dataStart) + masked(lc) + HEX.formatHex(c, dataStart + lc, c.length);
    }

    static String response(byte[] command, byte[] r) {
        if (r.length <= 2 || command.length < 2 || !readCommand(command)) {
            return HEX.formatHex(r);
        }
        return masked(r.length - 2) + HEX.formatHex(r, r.length - 2, r.length);
    }

    private static boolean secretCommand(byte[] c) {
        int ins = c[1] & 0xFF;
        boolean proprietary = (c[0] & 0x80) != 0;
        return ins == 0x20 || ins == 0x24 || (proprietary && ins == 0x32);
    }

    private static boolean readCommand(byte[] c) {
        int ins = c[1] & 0xFF;
        return ins >= 0xB0 && ins <= 0xB3;
    }

    private static String masked(int length) {
        return "[" + length + " bytes masked]";
    }
}
