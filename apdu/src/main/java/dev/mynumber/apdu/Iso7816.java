package dev.mynumber.apdu;

/**
 * Named factories for the ISO/IEC 7816-4 commands the My Number card answers (spec §3.1): the only place where
 * their CLA/INS/P1/P2 bytes appear.
 *
 * <p>All use CLA {@code 00} (basic logical channel, no secure messaging; the card answers {@code 6881} on other
 * channels, spec quirk 7).
 */
public final class Iso7816 {
    private static final int CLA = 0x00;
    private static final int INS_VERIFY = 0x20;
    private static final int INS_CHANGE_REFERENCE_DATA = 0x24;
    private static final int INS_GET_CHALLENGE = 0x84;
    private static final int INS_SELECT = 0xA4;
    private static final int INS_READ_BINARY = 0xB0;
    private static final int INS_READ_RECORD = 0xB2;
    private static final int INS_GET_RESPONSE = 0xC0;
    private static final int INS_GET_DATA = 0xCA;
    private static final int SELECT_EF_UNDER_CURRENT_DF = 0x02;
    private static final int SELECT_BY_DF_NAME = 0x04;
    /** SELECT P2: first or only occurrence, no response data (no FCI). */
    private static final int SELECT_NO_RESPONSE = 0x0C;
    /** READ BINARY P1 b8 = 1: bits 5-1 are a short EF identifier, P2 the offset. */
    private static final int SHORT_ID_FLAG = 0x80;
    /** READ RECORD P2 b3-b1 = 100: read record number P1. */
    private static final int RECORD_NUMBER_IN_P1 = 0x04;
    /** CHANGE REFERENCE DATA P1 = 01: the data field holds only the new reference data. */
    private static final int NEW_DATA_ONLY = 0x01;
    private static final int MAX_OFFSET = 0x7FFF;
    private static final int MAX_SHORT_OFFSET = 0xFF;

    private Iso7816() {
    }

    /**
     * SELECT by DF name, no FCI: {@code 00 A4 04 0C Lc <AID>} (ISO/IEC 7816-4 §11.2.2).
     *
     * @param aid the application's DF name
     * @return the command
     */
    public static CommandApdu selectByName(Aid aid) {
        return new CommandApdu(CLA, INS_SELECT, SELECT_BY_DF_NAME, SELECT_NO_RESPONSE, aid.bytes());
    }

    /**
     * SELECT an EF under the current DF, no FCI: {@code 00 A4 02 0C 02 <FID>} (ISO/IEC 7816-4 §11.2.2).
     *
     * @param fileId the EF
     * @return the command
     */
    public static CommandApdu selectFile(FileId fileId) {
        return new CommandApdu(CLA, INS_SELECT, SELECT_EF_UNDER_CURRENT_DF, SELECT_NO_RESPONSE, fileId.bytes());
    }

    /**
     * READ BINARY of the current EF at a 15-bit offset: {@code 00 B0 <offset hi> <offset lo> Le}
     * (ISO/IEC 7816-4 §11.3.3, P1 b8 = 0).
     *
     * @param offset 0 to 32767
     * @param ne 1 to 65536 (above 256 is sent as extended Le)
     * @return the command
     */
    public static CommandApdu readBinary(int offset, int ne) {
        checkRange(offset, 0, MAX_OFFSET, "offset");
        checkRange(ne, 1, CommandApdu.MAX_NE, "Ne");
        return new CommandApdu(CLA, INS_READ_BINARY, offset >> 8, offset & 0xFF, ne);
    }

    /**
     * READ BINARY naming the EF by short identifier: {@code 00 B0 <80|SFI> <offset> Le} (ISO/IEC 7816-4 §11.3.3);
     * the EF becomes the current EF.
     *
     * @param shortId 1 to 30
     * @param offset 0 to 255
     * @param ne 1 to 65536
     * @return the command
     */
    public static CommandApdu readBinaryShortId(int shortId, int offset, int ne) {
        checkRange(shortId, 1, 30, "short EF id");
        checkRange(offset, 0, MAX_SHORT_OFFSET, "offset");
        checkRange(ne, 1, CommandApdu.MAX_NE, "Ne");
        return new CommandApdu(CLA, INS_READ_BINARY, SHORT_ID_FLAG | shortId, offset, ne);
    }

    /**
     * READ RECORD by number of an EF named by short identifier: {@code 00 B2 <record> <SFI<<3|4> Le}
     * (ISO/IEC 7816-4 §11.4.3); e.g. {@code 00 B2 01 0C 00} for record 1 of EF 1.
     *
     * @param record record number, 1 to 254
     * @param ef an EF with a short identifier
     * @param ne 1 to 256
     * @return the command
     */
    public static CommandApdu readRecord(int record, FileId ef, int ne) {
        checkRange(record, 1, 0xFE, "record number");
        checkRange(ne, 1, 256, "Ne");
        return new CommandApdu(CLA, INS_READ_RECORD, record, (ef.shortId() << 3) | RECORD_NUMBER_IN_P1, ne);
    }

    /**
     * READ RECORD by number of the current EF: {@code 00 B2 <record> 04 Le} (ISO/IEC 7816-4 §11.4.3).
     *
     * @param record record number, 1 to 254
     * @param ne 1 to 256
     * @return the command
     */
    public static CommandApdu readRecordCurrent(int record, int ne) {
        checkRange(record, 1, 0xFE, "record number");
        checkRange(ne, 1, 256, "Ne");
        return new CommandApdu(CLA, INS_READ_RECORD, record, RECORD_NUMBER_IN_P1, ne);
    }

    /**
     * VERIFY: {@code 00 20 00 <P2> Lc <data>} (ISO/IEC 7816-4 §11.5.6); P2 {@code 80} is the key of the current
     * EF, {@code 80|SFI} names the key EF by short id (spec §3.1).
     *
     * @param p2 the key reference
     * @param data the PIN bytes, 1 to 255
     * @return the command (its data is a secret: send it with a wiping call)
     */
    public static CommandApdu verify(int p2, byte[] data) {
        checkRange(data.length, 1, 255, "PIN length");
        return new CommandApdu(CLA, INS_VERIFY, 0x00, p2, data);
    }

    /**
     * VERIFY without data: {@code 00 20 00 <P2>} (ISO/IEC 7816-4 §11.5.6, case 1); the card answers {@code 63Cx}
     * with the tries left and spends none (spec quirk 4).
     *
     * @param p2 the key reference
     * @return the command
     */
    public static CommandApdu verifyQuery(int p2) {
        return new CommandApdu(CLA, INS_VERIFY, 0x00, p2);
    }

    /**
     * CHANGE REFERENCE DATA with the new value only: {@code 00 24 01 <P2> Lc <new>} (ISO/IEC 7816-4 §11.5.7);
     * the card needs a successful VERIFY of the same key first (spec §3.1, UNCONFIRMED on a real card).
     *
     * @param p2 the key reference ({@code 80} current EF or {@code 80|SFI})
     * @param newData the new PIN bytes, 1 to 255
     * @return the command (its data is a secret)
     */
    public static CommandApdu changeReferenceData(int p2, byte[] newData) {
        checkRange(newData.length, 1, 255, "PIN length");
        return new CommandApdu(CLA, INS_CHANGE_REFERENCE_DATA, NEW_DATA_ONLY, p2, newData);
    }

    /**
     * GET CHALLENGE: {@code 00 84 00 00 Le} (ISO/IEC 7816-4 §11.5.3); the card refuses extended Le (spec §3.1).
     *
     * @param ne 1 to 256
     * @return the command
     */
    public static CommandApdu getChallenge(int ne) {
        checkRange(ne, 1, 256, "Ne");
        return new CommandApdu(CLA, INS_GET_CHALLENGE, 0x00, 0x00, ne);
    }

    /**
     * GET RESPONSE: {@code 00 C0 00 00 Le} (ISO/IEC 7816-4 §11.7.1), after a {@code 61xx} answer.
     *
     * @param ne 1 to 256
     * @return the command
     */
    public static CommandApdu getResponse(int ne) {
        checkRange(ne, 1, 256, "Ne");
        return new CommandApdu(CLA, INS_GET_RESPONSE, 0x00, 0x00, ne);
    }

    /**
     * GET DATA: {@code 00 CA <tag hi> <tag lo> Le} (ISO/IEC 7816-4 §11.4.6), for the MF-level objects (spec §2.5).
     *
     * @param tag the data object's tag, 0000 to FFFF
     * @param ne 1 to 65536 (large objects need extended Le)
     * @return the command
     */
    public static CommandApdu getData(int tag, int ne) {
        checkRange(tag, 0, 0xFFFF, "tag");
        checkRange(ne, 1, CommandApdu.MAX_NE, "Ne");
        return new CommandApdu(CLA, INS_GET_DATA, tag >> 8, tag & 0xFF, ne);
    }

    private static void checkRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " outside " + min + ".." + max + ": " + value);
        }
    }
}
