package dev.mynumber.card.session;

import static dev.mynumber.card.fixtures.Bytes.fakeCertificate;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.FileId;
import dev.mynumber.apdu.transport.CardRemovedException;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.fixtures.CardScript;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EfReaderTest {
    private static final FileId AUTH_CERT = FileId.of(0x000A);
    private static final byte[] CERT = fakeCertificate(1571, 0x11); // 30 82 06 1F, the size in [TEX2E]

    private static String part(int from, int to) {
        return hex(Arrays.copyOfRange(CERT, from, to));
    }

    /** The seven short READ BINARYs of a 1571-byte file: SFI first, then 15-bit offsets. */
    private static CardScript chunks(CardScript script) {
        script.then("00B08A0000", part(0, 256) + "9000");
        for (int off = 256; off < 1536; off += 256) {
            script.then(String.format("00B0%04X00", off), part(off, off + 256) + "9000");
        }
        return script.then("00B0060023", part(1536, 1571) + "9000");
    }

    @Test
    void extendedLengthReadsAWholeCertificateInOneApdu() throws ApduException {
        CardScript card = new CardScript().then("00B08A00001FFE", hex(CERT) + "9000");
        byte[] read = new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t");
        assertArrayEquals(CERT, read);
        card.assertComplete();
    }

    @Test
    void shortApdusReadInSevenChunksUsingTheHeaderLength() throws ApduException {
        CardScript card = chunks(new CardScript());
        byte[] read = new EfReader(new ApduSession(card, ReadOptions.shortApdusOnly())).readTlvFile(AUTH_CERT, "t");
        assertArrayEquals(CERT, read);
        card.assertComplete();
        assertEquals(7, card.sentCount());
    }

    @Test
    void wrongLengthToExtendedFallsBackAndIsRemembered() throws ApduException {
        CardScript card = chunks(new CardScript().then("00B08A00001FFE", "6700"));
        chunks(card); // the second read goes straight to short APDUs
        ApduSession channel = new ApduSession(card, ReadOptions.DEFAULT);
        EfReader reader = new EfReader(channel);
        assertArrayEquals(CERT, reader.readTlvFile(AUTH_CERT, "t"));
        assertFalse(channel.extendedLength());
        assertArrayEquals(CERT, reader.readTlvFile(AUTH_CERT, "t"));
        card.assertComplete();
    }

    @Test
    void transportRefusalOfExtendedFallsBack() throws ApduException {
        CardScript card = chunks(new CardScript().thenFail("00B08A00001FFE",
                new TransportException("reader refused extended APDU")));
        assertArrayEquals(CERT, new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t"));
        card.assertComplete();
    }

    @Test
    void cardRemovedOnAnUntriedReaderIsConfirmedByTheShortRead() {
        // an untried reader may fail an extended APDU as PC/SC "not transacted": the short read tells removal apart
        CardScript card = new CardScript()
                .thenFail("00B08A00001FFE", new CardRemovedException("card removed"))
                .thenFail("00B08A0000", new CardRemovedException("card removed"));
        ApduException e = assertThrows(ApduException.class,
                () -> new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t"));
        assertEquals(ErrorCode.CARD_REMOVED, e.code());
        card.assertComplete();
    }

    @Test
    void cardRemovedOnAReaderKnownToWorkIsNotMistakenForARefusal() {
        CardScript card = new CardScript().thenFail("00B08A00001FFE",
                new CardRemovedException("card removed"));
        ApduSession channel = new ApduSession(card, ReadOptions.DEFAULT,
                new ReaderCapabilities(ExtendedLength.SUPPORTED));
        ApduException e = assertThrows(ApduException.class, () -> new EfReader(channel).readTlvFile(AUTH_CERT, "t"));
        assertEquals(ErrorCode.CARD_REMOVED, e.code());
        assertEquals(ExtendedLength.SUPPORTED, channel.capabilities().extendedLength());
        card.assertComplete();
    }

    @Test
    void withoutShortIdsTheFileIsSelectedFirst() throws ApduException {
        CardScript card = new CardScript().then("00A4020C02000A", "9000").then("00B00000001FFE", hex(CERT) + "9000");
        EfReader reader = new EfReader(new ApduSession(card, new ReadOptions(true, false)));
        assertArrayEquals(CERT, reader.readTlvFile(AUTH_CERT, "t"));
        card.assertComplete();
    }

    @Test
    void shortExtendedAnswerIsContinuedFromWhereItStopped() throws ApduException {
        // a reader that caps responses: the rest comes with a second READ BINARY at offset 1000 (03E8)
        CardScript card = new CardScript().then("00B08A00001FFE", part(0, 1000) + "9000")
                .then("00B003E800023B", part(1000, 1571) + "9000");
        assertArrayEquals(CERT, new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t"));
        card.assertComplete();
    }

    @Test
    void fileLargerThanTheJdkBufferTakesOneExtendedReadPer8190Bytes() throws ApduException {
        // javax.smartcardio fails answers above 8192 bytes: Le 8190 (1FFE), then offset 1FFE for the rest
        byte[] face = fakeCertificate(10000, 0x21);
        CardScript card = new CardScript().then("00B08200001FFE", hex(Arrays.copyOfRange(face, 0, 8190)) + "9000")
                .then("00B01FFE000712", hex(Arrays.copyOfRange(face, 8190, 10000)) + "9000");
        assertArrayEquals(face,
                new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(FileId.of(2), "t"));
        card.assertComplete();
    }

    @Test
    void endOfFileWarningCountsAsData() throws ApduException {
        CardScript card = new CardScript().then("00B08A0000", part(0, 256) + "9000");
        for (int off = 256; off < 1536; off += 256) {
            card.then(String.format("00B0%04X00", off), part(off, off + 256) + "6282");
        }
        card.then("00B0060023", part(1536, 1571) + "6282");
        assertArrayEquals(CERT,
                new EfReader(new ApduSession(card, ReadOptions.shortApdusOnly())).readTlvFile(AUTH_CERT, "t"));
    }

    @Test
    void truncatedExtendedReadIsMalformed() {
        CardScript card = new CardScript().then("00B08A00001FFE", part(0, 1000) + "9000")
                .then("00B003E800023B", "6B00");
        ApduException e = assertThrows(ApduException.class,
                () -> new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t"));
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code());
    }

    @Test
    void fileEndingBeforeItsHeaderSaysIsMalformedInShortMode() {
        CardScript card = new CardScript().then("00B08A0000", part(0, 256) + "9000").then("00B0010000", "9000");
        ApduException e = assertThrows(ApduException.class,
                () -> new EfReader(new ApduSession(card, ReadOptions.shortApdusOnly())).readTlvFile(AUTH_CERT, "t"));
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code());
        card.assertComplete();
    }

    @Test
    void badOrMissingHeaderIsMalformed() {
        for (String answer : new String[] {"9000", "309000", "30849000", "308400000001009000",
            "3083FFFFFF0102039000"}) {
            CardScript card = new CardScript().then("00B08A00001FFE", answer);
            ApduException e = assertThrows(ApduException.class,
                    () -> new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(AUTH_CERT, "t"));
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code(), answer);
        }
    }

    @Test
    void securityStatusErrorIsMapped() {
        CardScript card = new CardScript().then("00B08100001FFE", "6982");
        ApduException e = assertThrows(ApduException.class,
                () -> new EfReader(new ApduSession(card, ReadOptions.DEFAULT)).readTlvFile(FileId.of(1), "t"));
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, e.code());
    }

    @Test
    void fixedReadIsOneApduAndChecksLength() throws ApduException {
        CardScript card = new CardScript().then("00B0860020", hex(new byte[32]) + "9000")
                .then("00B0860020", "00009000");
        EfReader reader = new EfReader(new ApduSession(card, ReadOptions.DEFAULT));
        assertEquals(32, reader.readFixed(FileId.of(6), 32, "t").length);
        assertEquals(ErrorCode.MALFORMED_CARD_DATA,
                assertThrows(ApduException.class, () -> reader.readFixed(FileId.of(6), 32, "t")).code());
    }
}
