package dev.mynumber.agent.support;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.session.Tlvs;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.card.visualap.VisualApConstants;
import dev.mynumber.sim.SimCard;
import java.util.HexFormat;

/**
 * A genuine simulated card whose text AP answers one file with one byte changed, as a forged card (or a copy
 * with edited data) would: the change keeps the file parseable, so only the signature checks can catch it.
 */
public final class TamperedCard implements SimCard {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_TEXT_AP = "00A4040C0A" + HEX.formatHex(TextApConstants.AID.bytes());
    private static final String SELECT_VISUAL_AP = "00A4040C0A" + HEX.formatHex(VisualApConstants.AID.bytes());
    private static final String SELECT_AID = "00A404";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    /** PNG signature (8) + IHDR length (4) + type (4) + data (13): the first byte of the IHDR CRC. */
    private static final int IHDR_CRC = 29;

    /** Which field is changed. */
    public enum Field {
        /** The last byte of 氏名 ({@code DF22} in EF 0002), a UTF-8 continuation byte: another kanji. */
        NAME,
        /** The last byte of the text AP CV certificate (EF 0004, its issuer signature). */
        TEXT_CERTIFICATE,
        /**
         * A byte of the visual AP's name image ({@code DF25}, the first PNG of EF 0002: its IHDR checksum), which
         * the agent passes through undecoded: only the face signature can notice.
         */
        NAME_IMAGE
    }

    private final SimCard card;
    private final Field field;
    private boolean textApSelected;
    private boolean visualApSelected;

    /**
     * Wraps a card.
     *
     * @param card the genuine card
     * @param field what to change
     */
    public TamperedCard(SimCard card, Field field) {
        this.card = card;
        this.field = field;
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        String hex = HEX.formatHex(command);
        if (hex.startsWith(SELECT_AID)) {
            textApSelected = hex.equals(SELECT_TEXT_AP);
            visualApSelected = hex.equals(SELECT_VISUAL_AP);
        }
        byte[] response = card.transmit(command);
        if (field == Field.NAME_IMAGE && visualApSelected && hex.startsWith("00B08200") && response.length > 2) {
            return flip(response, indexOf(response, PNG) + IHDR_CRC);
        }
        boolean nameRead = field == Field.NAME && hex.startsWith("00B082");
        boolean certRead = field == Field.TEXT_CERTIFICATE && hex.startsWith("00B084");
        if (!textApSelected || !(nameRead || certRead) || response.length < 3) {
            return response;
        }
        try {
            return nameRead ? flipName(response) : flipLastOf(response, 0x7F21);
        } catch (Exception e) {
            throw new AssertionError("the simulator's file does not parse", e);
        }
    }

    @Override
    public void reset() {
        textApSelected = false;
        visualApSelected = false;
        card.reset();
    }

    private static byte[] flipName(byte[] response) throws Exception {
        Tlv outer = Tlvs.parseAt(response, 0, TextApConstants.TAG_ATTRIBUTES, "test");
        Tlv name = Tlvs.child(outer, TextApConstants.TAG_NAME, "test");
        int end = indexOf(response, name.encoded()) + name.encoded().length - 1;
        if ((response[end] & 0xC0) != 0x80) {
            throw new AssertionError("the name does not end in a multi-byte character");
        }
        return flip(response, end);
    }

    private static byte[] flipLastOf(byte[] response, int tag) throws Exception {
        return flip(response, Tlvs.parseAt(response, 0, tag, "test").encoded().length - 1);
    }

    private static byte[] flip(byte[] data, int index) {
        byte[] copy = data.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("part not found");
    }
}
