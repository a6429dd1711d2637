package dev.mynumber.sim.card;

import java.util.HexFormat;

/**
 * Constants of the MF (power-on, issuer security domain) level: the ISD AID and the ATR, spec §1, §2.5, §6.
 */
final class MasterFile {
    /** GlobalPlatform ISD AID: selecting it returns to the MF state [MC-ap], [MC-mf]. */
    private static final String ISD_AID = "A0000001510000";
    /** Contact ATR: T=1, IFSC 254, no historical bytes [OSC-c], [MC-card]. */
    private static final String ATR = "3BE000FF8131FE4514";
    /** GET DATA tag of the contact ATR without TS [MC-mf]. */
    static final int TAG_ATR = 0x5F51;

    private MasterFile() {
    }

    /** Returns the 7-byte ISD AID (a fresh copy). */
    static byte[] isdAid() {
        return HexFormat.of().parseHex(ISD_AID);
    }

    /** Returns the ATR (a fresh copy). */
    static byte[] atr() {
        return HexFormat.of().parseHex(ATR);
    }
}
