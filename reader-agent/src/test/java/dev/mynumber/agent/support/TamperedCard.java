package dev.mynumber.agent.support;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.session.Tlvs;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.sim.SimCard;
import java.util.HexFormat;

/**
 * A genuine simulated card whose text AP answers one file with one byte changed, as a forged card (or a copy
 * with edited data) would: the change keeps the file parseable, so only the signature checks can catch it.
 */
public final class TamperedCard implements SimCard {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_TEXT_AP = "00A4040C0A" + HEX.formatHex(TextApConstants.AID.bytes());
    private static final String SELECT_AID = "00A404";

    /** Which field is changed. */
    public enum Field {
        /** The last byte of 氏名 ({@code DF22} in EF 0002), a UTF-8 continuation byte: another kanji. */
        NAME,
        /** The last byte of the text AP CV certificate (EF 0004, its issuer signature). */
        TEXT_CERTIFICATE
    }

    private final SimCard card;
    private final Field field;
    private boolean textApSelected;

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
        }
        byte[] response = card.transmit(command);
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
