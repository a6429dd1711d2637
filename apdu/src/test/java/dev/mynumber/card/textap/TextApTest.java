package dev.mynumber.card.textap;

import static dev.mynumber.card.fixtures.Bytes.filler;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.fixtures.Bytes;
import dev.mynumber.card.fixtures.CardFiles;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Transcript tests: the exact APDUs of every text AP operation. */
class TextApTest {
    static final String SELECT = "00A4040C0AD3921000310001010408";

    private static CardScript card() {
        return new CardScript().then(SELECT, "9000");
    }

    @Test
    void pinThenMyNumberAndAttributesInThreeApdusAfterSelect() throws Exception {
        byte[] number = CardFiles.myNumberFile(CardFiles.MY_NUMBER);
        byte[] attributes = CardFiles.attributesFile();
        CardScript card = card().then("002000910431323334", "9000")
                .then("00B08100001FFE", hex(number) + "9000").then("00B08200001FFE", hex(attributes) + "9000");
        TextAp text = new MyNumberCard(card).textAp();
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            text.verify(pin, LastTry.ALLOW);
        }
        assertEquals(CardFiles.MY_NUMBER, text.readMyNumber().digits());
        assertEquals(CardFiles.NAME, text.readAttributes().name());
        card.assertComplete();
    }

    @Test
    void codeAOpensTheNumberInShortApdus() throws Exception {
        // [TEX2E] shape: 00 B0 .. 00 on 0001 returns the 17 physical bytes FF 10 0C … FF FF
        byte[] number = CardFiles.myNumberFile(CardFiles.MY_NUMBER);
        CardScript card = card().then("00200094", "63C9")
                .then("002000940C" + hex(CardFiles.MY_NUMBER.getBytes()), "9000")
                .then("00B0810000", hex(number) + "9000");
        TextAp text = new MyNumberCard(card, ReadOptions.shortApdusOnly()).textAp();
        try (VerificationCodeA a = VerificationCodeA.of(CardFiles.MY_NUMBER.toCharArray())) {
            text.verify(a, LastTry.REFUSE);
        }
        MyNumber read = text.readMyNumber();
        assertArrayEquals(number, read.rawFile());
        card.assertComplete();
    }

    @Test
    void codeBOpensTheAttributes() throws Exception {
        // [NFCPY-B]: 00 20 00 80 0E <14 ASCII digits> after selecting 0015; here by short id: P2 95
        CardScript card = card().then("002000950E" + hex("02022420301234".getBytes()), "63C8");
        TextAp text = new MyNumberCard(card).textAp();
        try (VerificationCodeB b = VerificationCodeB.of(LocalDate.of(2020, 2, 24), 2030, "1234".toCharArray())) {
            assertEquals(8, assertThrows(dev.mynumber.card.WrongPinException.class,
                    () -> text.verify(b, LastTry.ALLOW)).triesLeft());
        }
        card.assertComplete();
    }

    @Test
    void countersAreOneQueryEach() throws ApduException {
        CardScript card = card().then("00200091", "63C3").then("00200094", "63C0").then("00200095", "63CA");
        TextAp text = new MyNumberCard(card).textAp();
        assertEquals(new PinStatus(3, 3), text.pinStatus());
        assertEquals(new PinStatus(0, 10), text.codeAStatus());
        assertEquals(new PinStatus(10, 10), text.codeBStatus());
        card.assertComplete();
    }

    @Test
    void integrityRecordAndCertificateAreOneReadEach() throws ApduException {
        CardScript card = card().then("00B08300001FFE", hex(CardFiles.integrityFile()) + "FFFF9000")
                .then("00B08400001FFE", hex(CardFiles.cvCertificate()) + "9000");
        TextAp text = new MyNumberCard(card).textAp();
        assertEquals(256, text.readIntegrityRecord().signature().length);
        assertEquals(256, text.readCertificate().modulus().length);
        card.assertComplete();
    }

    @Test
    void pinChangeIsQueryVerifyAndChangeReferenceData() throws Exception {
        CardScript card = card().then("00200091", "63C3").then("002000910431323334", "9000")
                .then("002401910439383736", "9000");
        try (Pin4 old = Pin4.of("1234".toCharArray()); Pin4 next = Pin4.of("9876".toCharArray())) {
            new MyNumberCard(card).textAp().changePin(old, next, LastTry.REFUSE);
        }
        card.assertComplete();
    }

    @Test
    void apKeyIsOneRead() throws ApduException {
        byte[] modulus = filler(256, 0x40);
        modulus[0] = (byte) 0xC1;
        modulus[255] |= 1;
        byte[] file = Bytes.tlv(0xFF50,
                Bytes.tlv(0xDF51, Bytes.tlv(0x90, Bytes.hex("010001")), Bytes.tlv(0x91, modulus)),
                Bytes.tlv(0xDF52, filler(256, 2)));
        CardScript card = card().then("00B08700001FFE", hex(file) + "9000");
        ApKey key = new MyNumberCard(card).textAp().readApKey();
        assertEquals(2048, key.publicKey().getModulus().bitLength());
        assertEquals(256, key.issuerSignature().length);
        assertEquals("DF51820109", hex(key.keyTlv()).substring(0, 10));
        card.assertComplete();
        CardScript bad = card().then("00B08700001FFE", "FF5008DF5103900101DF5200" + "9000");
        assertEquals(ErrorCode.MALFORMED_CARD_DATA,
                assertThrows(ApduException.class, () -> new MyNumberCard(bad).textAp().readApKey()).code());
        CardScript locked = card().then("00B08700001FFE", "6982");
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, () -> new MyNumberCard(locked).textAp().readApKey()).code());
    }

    @Test
    void challengeIsSignedWithTheApKey() throws ApduException {
        byte[] digest = filler(32, 0x50);
        CardScript card = card().then("802A000033" + "3031300D060960864801650304020105000420" + hex(digest) + "00",
                hex(filler(256, 1)) + "9000");
        assertEquals(256, new MyNumberCard(card).textAp().signChallenge(digest).length);
        card.assertComplete();
    }

    @Test
    void readWithoutVerifyMapsSecurityStatus() throws ApduException {
        CardScript card = card().then("00B08200001FFE", "6982");
        TextAp text = new MyNumberCard(card).textAp();
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, text::readAttributes).code());
    }

    @Test
    void corruptedNumberFilesAreMalformed() throws ApduException {
        String[] corrupt = {
            "FF100C313233343536373839303139FFFF", // bad check digit
            "FF100B3132333435363738393031FFFF", // 11 digits
            "FF200C313233343536373839303138FFFF", // wrong tag
            "FF10", // header only
        };
        for (String file : corrupt) {
            CardScript card = card().then("00B08100001FFE", file + "9000");
            TextAp text = new MyNumberCard(card).textAp();
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, text::readMyNumber).code(),
                    file);
        }
    }

    @Test
    void truncatedNumberFileIsMalformedAfterOneFollowUpRead() throws ApduException {
        // header says 15 bytes, 11 came: the client asks for the other 4 at offset 11, the card has none
        CardScript card = card().then("00B08100001FFE", "FF100C3132333435363738" + "9000").then("00B0000B04", "6B00");
        TextAp text = new MyNumberCard(card).textAp();
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, text::readMyNumber).code());
        card.assertComplete();
    }
}
