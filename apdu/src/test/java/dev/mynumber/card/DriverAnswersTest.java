package dev.mynumber.card;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.fakeCertificate;
import static dev.mynumber.card.fixtures.Bytes.filler;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.Transports;
import dev.mynumber.card.fixtures.CardFiles;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item 2 of issue 13: a reader or driver that answers {@code 61xx} (GET RESPONSE) or {@code 6Cxx} (wrong Le),
 * through {@link Transports#standard}, the stack the agent uses: every command the client sends still works,
 * and a command carrying a PIN is never sent twice.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DriverAnswersTest {
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final String SELECT_VISUAL = "00A4040C0AD3921000310001010402";
    private static final byte[] DIGEST = filler(32, 0x30);
    private static final String SIGN_AUTH = "802A009733" + "3031300D060960864801650304020105000420" + hex(DIGEST)
            + "00";
    private static final byte[] SIGNATURE = filler(256, 0x77);

    private static MyNumberCard card(CardScript script, ExtendedLength reader) {
        return new MyNumberCard(Transports.standard(script), ReadOptions.DEFAULT, new ReaderCapabilities(reader));
    }

    /** Scripts an answer given in 256-byte pieces: {@code 61xx} after each, GET RESPONSE for the next. */
    private static CardScript chained(CardScript script, String command, byte[] answer) {
        String next = command;
        for (int off = 0; off < answer.length; off += 256) {
            int end = Math.min(answer.length, off + 256);
            int left = answer.length - end;
            String sw = left == 0 ? "9000" : String.format("61%02X", Math.min(left, 256) & 0xFF);
            script.then(next, hex(Arrays.copyOfRange(answer, off, end)) + sw);
            next = String.format("00C00000%02X", Math.min(left, 256) & 0xFF);
        }
        return script;
    }

    @Test
    void anExtendedReadAnsweredInPiecesIsChainedAndTheReaderCountsAsSupported() throws ApduException {
        byte[] cert = fakeCertificate(1571, 1);
        CardScript script = chained(new CardScript().then(SELECT_JPKI, "9000"), "00B08A00001FFE", cert);
        ReaderCapabilities reader = new ReaderCapabilities();
        MyNumberCard card = new MyNumberCard(Transports.standard(script), ReadOptions.DEFAULT, reader);
        assertArrayEquals(cert, card.jpki().authCertificate());
        assertEquals(ExtendedLength.SUPPORTED, reader.extendedLength());
        script.assertComplete();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6100", "6C00"})
    void theSigningCommandSurvives61xxAnd6Cxx(String driverAnswer) throws ApduException {
        CardScript script = new CardScript().then(SELECT_JPKI, "9000").then("0020009804" + hex(ascii("1234")), "9000")
                .then(SIGN_AUTH, driverAnswer)
                .then(driverAnswer.startsWith("61") ? "00C0000000" : SIGN_AUTH, hex(SIGNATURE) + "9000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            byte[] signature = card(script, ExtendedLength.UNSUPPORTED).jpki()
                    .signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW);
            assertArrayEquals(SIGNATURE, signature);
        }
        script.assertComplete();
    }

    @Test
    void aShortReadAnswered6CxxIsResentWithThatLe() throws ApduException {
        byte[] number = CardFiles.myNumberFile(CardFiles.MY_NUMBER);
        CardScript script = new CardScript().then("00A4040C0AD3921000310001010408", "9000")
                .then("00B0810000", "6C11").then("00B0810011", hex(number) + "9000");
        assertEquals(CardFiles.MY_NUMBER, card(script, ExtendedLength.UNSUPPORTED).textAp().readMyNumber().digits());
        script.assertComplete();
    }

    @Test
    void aSelectAnsweredWith61xxHasItsDataFetchedAndIgnored() throws ApduException {
        CardScript script = new CardScript().then(SELECT_JPKI, "6110").then("00C0000010", hex(filler(16, 1)) + "9000")
                .then("00200098", "63C3");
        assertEquals(new PinStatus(3, 3), card(script, ExtendedLength.UNKNOWN).jpki().authPinStatus());
        script.assertComplete();
    }

    @Test
    void aVerifyAnswered6CxxIsNeverResent() throws ApduException {
        CardScript script = new CardScript().then(SELECT_JPKI, "9000").then("0020009804" + hex(ascii("1234")), "6C00");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            ApduException e = assertThrows(ApduException.class, () -> card(script, ExtendedLength.UNKNOWN).jpki()
                    .signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW));
            assertEquals(ErrorCode.UNEXPECTED_STATUS, e.code());
        }
        script.assertComplete();
    }

    /** Item 11 too: a real-size face (photo 300x400, about 6 KB) chained in 256-byte pieces, and in short reads. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aRealSizeCardFaceReadsWholeWithAChainingDriver(boolean extended) throws Exception {
        byte[] face = CardFiles.cardFaceFile(5800);
        CardScript script = new CardScript().then(SELECT_VISUAL, "9000")
                .then("002000930C" + hex(ascii(CardFiles.MY_NUMBER)), "9000");
        if (extended) {
            chained(script, "00B08200001FFE", face);
        } else {
            script.thenReadFile(2, face, false, "9000");
        }
        MyNumberCard card = card(script, extended ? ExtendedLength.SUPPORTED : ExtendedLength.UNSUPPORTED);
        var visual = card.visualAp();
        try (VerificationCodeA a = VerificationCodeA.of(CardFiles.MY_NUMBER.toCharArray())) {
            visual.verify(a, LastTry.ALLOW);
        }
        var read = visual.readCardFace();
        assertArrayEquals(face, read.rawFile());
        assertEquals(5800, read.photo().length);
        script.assertComplete();
    }
}
