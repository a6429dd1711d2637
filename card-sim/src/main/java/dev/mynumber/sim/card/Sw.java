package dev.mynumber.sim.card;

/**
 * The status words the simulated card answers, with the interface reference clause for each, and the
 * response builder.
 */
final class Sw {
    /** Normal processing. */
    static final int OK = 0x9000;
    /** Wrong PIN, x tries left: {@code 63Cx} (§4.1). */
    static final int TRIES_LEFT_BASE = 0x63C0;
    /** Memory failure: the state file could not be written (ISO 7816-4 {@code 6581}). */
    static final int MEMORY_FAILURE = 0x6581;
    /** Wrong length Lc/Le, or malformed APDU (§4.1). */
    static final int WRONG_LENGTH = 0x6700;
    /** Logical channel other than 0 (§1 notes, §7 item 7). */
    static final int CHANNEL_NOT_SUPPORTED = 0x6881;
    /** Secure messaging not supported (§4.1). */
    static final int SM_NOT_SUPPORTED = 0x6882;
    /** Command incompatible with file structure: READ on a key/PIN EF (§2.5, §4.1). */
    static final int INCOMPATIBLE_FILE = 0x6981;
    /** Security status not satisfied (§4.1). */
    static final int SECURITY_NOT_SATISFIED = 0x6982;
    /** End of file reached before Le bytes: the {@code read-end-6282} variant's answer past the end (§4.1). */
    static final int END_OF_FILE = 0x6282;
    /** Authentication method blocked, the {@code blocked-6983} variant (ISO 7816-4; not seen on the card, §4.1). */
    static final int BLOCKED_6983 = 0x6983;
    /** Command chaining not supported, the {@code chaining-6884} variant (ISO 7816-4, §10). */
    static final int CHAINING_NOT_SUPPORTED = 0x6884;
    /** Authentication method blocked (§4.1, §7 item 5). */
    static final int BLOCKED = 0x6984;
    /** Conditions of use not satisfied (§3.1 GET CHALLENGE with extended Le). */
    static final int CONDITIONS_NOT_SATISFIED = 0x6985;
    /** Command not allowed: no current EF. */
    static final int NO_CURRENT_EF = 0x6986;
    /** Secure-messaging data objects missing: the answer to SM READ BINARY / VERIFY ([MC-readme]). */
    static final int SM_REFUSED = 0x69FC;
    /** Incorrect data in the command (e.g. a new PIN of the wrong format). */
    static final int WRONG_DATA = 0x6A80;
    /** File not found (§2.5, §4.1). */
    static final int FILE_NOT_FOUND = 0x6A82;
    /** Record not found. */
    static final int RECORD_NOT_FOUND = 0x6A83;
    /** Incorrect P1/P2 (§3.2, §4.1). */
    static final int WRONG_P1P2 = 0x6A86;
    /** Referenced data (key reference) not found. */
    static final int REFERENCE_NOT_FOUND = 0x6A88;
    /** Offset beyond the end of the EF (§4.1, JICSAP). */
    static final int WRONG_OFFSET = 0x6B00;
    /** Instruction not supported (§4.1). */
    static final int INS_NOT_SUPPORTED = 0x6D00;
    /** Class not supported. */
    static final int CLA_NOT_SUPPORTED = 0x6E00;
    /** No precise diagnosis: the engine's last resort, never expected. */
    static final int NO_DIAGNOSIS = 0x6F00;

    private Sw() {
    }

    /** Returns the two status bytes alone. */
    static byte[] of(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    /** Returns data followed by the status bytes. */
    static byte[] of(byte[] data, int sw) {
        byte[] r = java.util.Arrays.copyOf(data, data.length + 2);
        r[data.length] = (byte) (sw >> 8);
        r[data.length + 1] = (byte) sw;
        return r;
    }

    /** Returns {@code 63Cx} for x tries left (x at most 15). */
    static int triesLeft(int tries) {
        return TRIES_LEFT_BASE | Math.min(tries, 0x0F);
    }
}
