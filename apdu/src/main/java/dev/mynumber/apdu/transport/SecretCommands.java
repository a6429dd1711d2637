package dev.mynumber.apdu.transport;

/** Which commands carry a PIN in their data field or spend a PIN try, and which answers hold file contents. */
final class SecretCommands {
    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_RESET_RETRY_COUNTER = 0x2C;
    /** JICSAP CHANGE KEY {@code 80 32} (spec §2.4). */
    private static final int INS_CHANGE_KEY = 0x32;
    private static final int CLA_PROPRIETARY = 0x80;
    private static final int INS_READ_BINARY = 0xB0;
    private static final int INS_READ_BINARY_ODD = 0xB1;
    private static final int INS_READ_RECORD = 0xB2;
    private static final int INS_READ_RECORD_ODD = 0xB3;
    private static final int INS_GET_RESPONSE = 0xC0;

    private SecretCommands() {
    }

    /** Whether the command's data field is a PIN, password or 照合番号 (old or new). */
    static boolean carriesSecret(int cla, int ins) {
        return ins == INS_VERIFY || ins == INS_CHANGE_REFERENCE_DATA || ins == INS_RESET_RETRY_COUNTER
                || (ins == INS_CHANGE_KEY && (cla & CLA_PROPRIETARY) != 0);
    }

    /**
     * Whether the answer's data is file content (READ BINARY, READ RECORD) or may be a part of it (GET RESPONSE
     * continues any earlier answer).
     */
    static boolean returnsFileContent(int ins) {
        return ins == INS_READ_BINARY || ins == INS_READ_BINARY_ODD || ins == INS_READ_RECORD
                || ins == INS_READ_RECORD_ODD || ins == INS_GET_RESPONSE;
    }
}
