package dev.mynumber.agent.support;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.Tlvs;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.util.Arrays;
import java.util.Map;

/**
 * One byte of one file changed where only a signature check can see it, as a forged card (or a copy with
 * edited data) would answer: the file keeps its length and stays parseable. {@link ReplacedFilesCard} answers
 * the changed file in place of the card's own, whatever the chunking of the reads.
 */
public enum Tamper {
    /** Nothing changed: the genuine card. */
    NONE(null),
    /** The last byte of 氏名 ({@code DF22} in text AP EF 0002), a UTF-8 continuation byte: another kanji. */
    NAME(CardFile.TEXT_ATTRIBUTES),
    /**
     * A byte of the visual AP's name image ({@code DF25}, the first PNG of EF 0002: its IHDR checksum), which
     * the agent passes through undecoded: only the face signature can notice.
     */
    NAME_IMAGE(CardFile.VISUAL_FACE),
    /** The last byte of the text AP CV certificate (EF 0004, its issuer signature). */
    TEXT_CERTIFICATE(CardFile.TEXT_AP_CERT);

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    /** PNG signature (8) + IHDR length (4) + type (4) + data (13): the first byte of the IHDR CRC. */
    private static final int IHDR_CRC = 29;
    private final CardFile file;

    Tamper(CardFile file) {
        this.file = file;
    }

    /**
     * A fresh card of a built-in persona with this change.
     *
     * @param persona a built-in persona id
     */
    public ReplacedFilesCard card(String persona) {
        return new ReplacedFilesCard(SimulatedCards.create(persona),
                files(SimulatedCards.contents(Personas.builtIn(persona))));
    }

    /**
     * The files to answer in place of a card's: none, or this change's file with its byte changed.
     *
     * @param contents the card's contents
     */
    public Map<CardFile, byte[]> files(CardContents contents) {
        if (this == NONE) {
            return Map.of();
        }
        byte[] bytes = contents.file(file).orElseThrow();
        try {
            bytes[at(bytes)] ^= 0x01;
        } catch (MalformedCardDataException e) {
            throw new AssertionError("the simulator's file does not parse", e);
        }
        return Map.of(file, bytes);
    }

    private int at(byte[] bytes) throws MalformedCardDataException {
        return switch (this) {
            case NAME -> lastByteOfName(bytes);
            case NAME_IMAGE -> indexOf(bytes, PNG) + IHDR_CRC;
            case TEXT_CERTIFICATE -> CvCertificate.parse(bytes, "test").encoded().length - 1;
            case NONE -> throw new IllegalStateException();
        };
    }

    private static int lastByteOfName(byte[] attributes) throws MalformedCardDataException {
        Tlv outer = Tlvs.parseAt(attributes, 0, TextApConstants.TAG_ATTRIBUTES, "test");
        byte[] name = Tlvs.child(outer, TextApConstants.TAG_NAME, "test").encoded();
        int end = indexOf(attributes, name) + name.length - 1;
        if ((attributes[end] & 0xC0) != 0x80) {
            throw new AssertionError("the name does not end in a multi-byte character");
        }
        return end;
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("part not found");
    }
}
