package dev.mynumber.card.session;

import static dev.mynumber.card.fixtures.Bytes.fakeCertificate;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.FileId;
import dev.mynumber.apdu.transport.CardRemovedException;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.ReaderTransport;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.fixtures.CardScript;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Short-APDU readers (issue 13 item 4): the client learns once per reader, from the first extended answer,
 * whether extended length works, and reads in 256-byte chunks from then on; transcripts play each way a
 * reader can refuse.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtendedLengthLearningTest {
    private static final FileId AUTH_CERT = FileId.of(0x000A);
    private static final byte[] CERT = fakeCertificate(1571, 0x11);
    private static final String EXTENDED = "00B08A00001FFE";

    /** The short reads of {@link #CERT}: by short EF id, then six more by offset, the last with Le 23. */
    private static CardScript shortReads(CardScript script) {
        script.then("00B08A0000", part(CERT, 0, 256) + "9000");
        return continuation(script, CERT, 256);
    }

    private static CardScript continuation(CardScript script, byte[] file, int from) {
        int off = from;
        for (; file.length - off > 256; off += 256) {
            script.then(String.format("00B0%04X00", off), part(file, off, off + 256) + "9000");
        }
        return script.then(String.format("00B0%04X%02X", off, file.length - off), part(file, off, file.length)
                + "9000");
    }

    private static String part(byte[] file, int from, int to) {
        return hex(Arrays.copyOfRange(file, from, to));
    }

    private static byte[] read(CardScript card, ReaderCapabilities reader) throws ApduException {
        return new EfReader(new ApduSession(card, ReadOptions.DEFAULT, reader)).readTlvFile(AUTH_CERT, "t");
    }

    @Test
    void aWholeExtendedAnswerMarksTheReaderSupported() throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = new CardScript().then(EXTENDED, hex(CERT) + "9000").then(EXTENDED, hex(CERT) + "9000");
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.SUPPORTED, reader.extendedLength());
        assertArrayEquals(CERT, read(card, reader)); // the next session: one APDU again
        card.assertComplete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6700", "6D00", "6E00"})
    void aRefusingAnswerFallsBackOnceAndTheNextSessionGoesStraightToShortReads(String refusal)
            throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = shortReads(new CardScript().then(EXTENDED, refusal));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
        CardScript nextCard = shortReads(new CardScript()); // another card session on the same reader
        assertArrayEquals(CERT, read(nextCard, reader));
        nextCard.assertComplete();
        assertEquals(7, nextCard.sentCount());
    }

    @Test
    void aTransportFailureOnAnUntriedReaderFallsBackToShortReads() throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = shortReads(new CardScript().thenFail(EXTENDED,
                new TransportException("SCARD_E_UNSUPPORTED_FEATURE")));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void notTransactedOnAnUntriedReaderWithTheCardStillThereFallsBack() throws ApduException {
        // pcsc-lite turns a CCID short-APDU reader's refusal into SCARD_E_NOT_TRANSACTED, which reads as removal
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = shortReads(new CardScript().thenFail(EXTENDED,
                new CardRemovedException("SCARD_E_NOT_TRANSACTED")));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
    }

    @Test
    void aTransportErrorOnAReaderKnownToWorkIsCheckedWithAShortRead() throws ApduException {
        // the JDK refuses extended APDUs to a T=0 card: a card inserted later may not take what the last one did
        ReaderCapabilities reader = new ReaderCapabilities(ExtendedLength.SUPPORTED);
        CardScript card = shortReads(new CardScript().thenFail(EXTENDED,
                new TransportException("Extended length forms not supported for T=0")));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void aFaultThatAlsoFailsTheShortReadIsThrownAndTeachesNothing() {
        ReaderCapabilities reader = new ReaderCapabilities(ExtendedLength.SUPPORTED);
        TransportException fault = new TransportException("SCARD_F_COMM_ERROR");
        CardScript card = new CardScript().thenFail(EXTENDED, fault).thenFail("00B08A0000", fault);
        assertEquals(ErrorCode.TRANSPORT_ERROR, assertThrows(ApduException.class, () -> read(card, reader)).code());
        assertEquals(ExtendedLength.SUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void anAnswerCutTo256BytesGoesOnInShortChunksAndIsRemembered() throws ApduException {
        // a reader that passes the extended command but cuts the answer to a short one (data + 9000)
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = continuation(new CardScript().then(EXTENDED, part(CERT, 0, 256) + "9000"), CERT, 256);
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void anAnswerCutAboveShortLengthGoesOnWithExtendedReads() throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = new CardScript().then(EXTENDED, part(CERT, 0, 1024) + "9000")
                .then("00B00400000223", part(CERT, 1024, 1571) + "9000");
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.SUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6F00", "A1B2"})
    void anUnknownWordOnAnUntriedReaderIsCheckedWithAShortRead(String word) throws ApduException {
        // a driver's 6F00, or an answer cut anywhere whose last two data bytes read as a status word
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = shortReads(new CardScript().then(EXTENDED, part(CERT, 0, 300) + word));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void anUnknownWordTheShortReadRepeatsIsTheCardsAnswer() {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = new CardScript().then(EXTENDED, "6F00").then("00B08A0000", "6F00");
        assertEquals(ErrorCode.UNEXPECTED_STATUS, assertThrows(ApduException.class, () -> read(card, reader)).code());
        assertEquals(ExtendedLength.UNKNOWN, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void aRefusalOnAReaderKnownToWorkStillFallsBack() throws ApduException {
        // another card in the same reader may refuse what the last one took
        ReaderCapabilities reader = new ReaderCapabilities(ExtendedLength.SUPPORTED);
        CardScript card = shortReads(new CardScript().then(EXTENDED, "6700"));
        assertArrayEquals(CERT, read(card, reader));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void aWholeSmallFileProvesNothingAndALaterFailureStillFallsBack() throws ApduException {
        // a reader that carries the extended command but fails long answers: the 17-byte file does not vouch for it
        ReaderCapabilities reader = new ReaderCapabilities();
        byte[] number = fakeCertificate(17, 3);
        CardScript card = new CardScript().then("00B08100001FFE", hex(number) + "9000").thenFail(EXTENDED,
                new TransportException("SCARD_E_INSUFFICIENT_BUFFER"));
        shortReads(card);
        EfReader files = new EfReader(new ApduSession(card, ReadOptions.DEFAULT, reader));
        assertArrayEquals(number, files.readTlvFile(FileId.of(1), "t"));
        assertEquals(ExtendedLength.UNKNOWN, reader.extendedLength());
        assertArrayEquals(CERT, files.readTlvFile(AUTH_CERT, "t"));
        assertEquals(ExtendedLength.UNSUPPORTED, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void aSecurityErrorTeachesNothing() {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = new CardScript().then(EXTENDED, "6982");
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, () -> read(card, reader)).code());
        assertEquals(ExtendedLength.UNKNOWN, reader.extendedLength());
        card.assertComplete();
    }

    @Test
    void aShortOnlySessionNeverTriesExtendedAndLeavesTheReaderUntried() throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript card = shortReads(new CardScript());
        byte[] read = new EfReader(new ApduSession(card, ReadOptions.shortApdusOnly(), reader))
                .readTlvFile(AUTH_CERT, "t");
        assertArrayEquals(CERT, read);
        assertEquals(ExtendedLength.UNKNOWN, reader.extendedLength());
    }

    @Test
    void theCapabilitiesRideOnAReaderTransportIntoEveryCard() throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities();
        CardScript first = new CardScript().then("00A4040C0AD392F000260100000001", "9000")
                .then(EXTENDED, "6700").then("00B08A0000", part(CERT, 0, 256) + "9000");
        continuation(first, CERT, 256);
        assertArrayEquals(CERT, new MyNumberCard(new ReaderTransport(first, reader)).jpki().authCertificate());
        first.assertComplete();
        CardScript second = shortReads(new CardScript().then("00A4040C0AD392F000260100000001", "9000"));
        assertArrayEquals(CERT, new MyNumberCard(new ReaderTransport(second, reader)).jpki().authCertificate());
        second.assertComplete();
        assertSame(reader, ReaderCapabilities.of(new ReaderTransport(second, reader)));
        assertEquals(ExtendedLength.UNKNOWN, ReaderCapabilities.of(second).extendedLength());
    }
}
