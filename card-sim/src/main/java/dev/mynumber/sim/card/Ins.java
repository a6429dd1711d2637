package dev.mynumber.sim.card;

/**
 * The instruction bytes the card answers (spec §3.1) and the class each belongs to.
 */
final class Ins {
    /** SELECT (ISO 7816-4 11.2.2). */
    static final int SELECT = 0xA4;
    /** READ BINARY (ISO 7816-4 11.3.3). */
    static final int READ_BINARY = 0xB0;
    /** READ RECORD (ISO 7816-4 11.4.3). */
    static final int READ_RECORD = 0xB2;
    /** VERIFY (ISO 7816-4 11.5.6). */
    static final int VERIFY = 0x20;
    /** CHANGE REFERENCE DATA (ISO 7816-4 11.5.7). */
    static final int CHANGE_REFERENCE_DATA = 0x24;
    /** INTERNAL AUTHENTICATE (ISO 7816-4 11.5.2). */
    static final int INTERNAL_AUTHENTICATE = 0x88;
    /** GET CHALLENGE (ISO 7816-4 11.5.3). */
    static final int GET_CHALLENGE = 0x84;
    /** GET DATA (ISO 7816-4 11.4.4). */
    static final int GET_DATA = 0xCA;
    /** COMPUTE DIGITAL SIGNATURE, JICSAP proprietary ({@code 80 2A}). */
    static final int SIGN = 0x2A;
    /** CHANGE KEY, JICSAP proprietary ({@code 80 32}). */
    static final int CHANGE_KEY = 0x32;

    /** The iPhone token's last-command indicator: physical cards answer {@code 6700} [MC-card]. */
    static final int LAST_COMMAND_INDICATOR = 0xFC;

    private Ins() {
    }

    /** Tells whether the instruction is a proprietary one sent with CLA {@code 80}. */
    static boolean proprietary(int ins) {
        return ins == SIGN || ins == CHANGE_KEY || ins == LAST_COMMAND_INDICATOR;
    }
}
