package dev.mynumber.card.visualap;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.Sex;
import dev.mynumber.card.fixtures.CardFiles;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Transcript and codec tests of the visual AP. */
class VisualApTest {
    static final String SELECT = "00A4040C0AD3921000310001010402";

    @Test
    void codeBThenCardFaceInTwoApdusAfterSelect() throws Exception {
        byte[] face = CardFiles.cardFaceFile(4000);
        CardScript card = new CardScript().then(SELECT, "9000")
                .then("00200092", "63CA").then("002000920E" + hex(ascii("60040120351234")), "9000")
                .then("00B08200001FFE", hex(face) + "9000");
        VisualAp visual = new MyNumberCard(card).visualAp();
        try (VerificationCodeB b = VerificationCodeB.of(LocalDate.of(1985, 4, 1), 2035, "1234".toCharArray())) {
            visual.verify(b, LastTry.REFUSE);
        }
        CardFace f = visual.readCardFace();
        assertEquals(LocalDate.of(1985, 4, 1), f.birthDate());
        assertEquals(4000, f.photo().length);
        card.assertComplete();
    }

    @Test
    void cardFaceInShortChunks() throws Exception {
        byte[] face = CardFiles.cardFaceFile(1000);
        CardScript card = new CardScript().then(SELECT, "9000")
                .then("002000930C" + hex(ascii(CardFiles.MY_NUMBER)), "9000")
                .then("00B0820000", hex(Arrays.copyOfRange(face, 0, 256)) + "9000");
        int chunks = 1;
        for (int off = 256; off < face.length; off += 256) {
            int n = Math.min(256, face.length - off);
            card.then(String.format("00B0%04X%02X", off, n & 0xFF),
                    hex(Arrays.copyOfRange(face, off, off + n)) + "9000");
            chunks++;
        }
        VisualAp visual = new MyNumberCard(card, ReadOptions.shortApdusOnly()).visualAp();
        try (VerificationCodeA a = VerificationCodeA.of(CardFiles.MY_NUMBER.toCharArray())) {
            visual.verify(a, LastTry.ALLOW);
        }
        assertArrayEquals(face, visual.readCardFace().rawFile());
        card.assertComplete();
        assertEquals((face.length + 255) / 256, chunks);
    }

    @Test
    void countersAndCertificate() throws ApduException {
        CardScript card = new CardScript().then(SELECT, "9000").then("00200093", "63CA").then("00200092", "63C9")
                .then("00200091", "63C5").then("00B08400001FFE", hex(CardFiles.cvCertificate()) + "9000");
        VisualAp visual = new MyNumberCard(card).visualAp();
        assertEquals(new PinStatus(10, 10), visual.codeAStatus());
        assertEquals(new PinStatus(9, 10), visual.codeBStatus());
        assertEquals(new PinStatus(5, 10), visual.birthDateStatus());
        assertEquals(297, visual.readCertificate().body().length);
        card.assertComplete();
    }

    @Test
    void challengeIsSignedWithTheApKeyInOneApdu() throws ApduException {
        byte[] digest = new byte[32];
        String signature = hex(new byte[256]);
        CardScript card = new CardScript().then(SELECT, "9000")
                .then("802A000033" + "3031300D060960864801650304020105000420" + hex(digest) + "00", signature + "9000");
        assertEquals(256, new MyNumberCard(card).visualAp().signChallenge(digest).length);
        card.assertComplete();
    }

    @Test
    void cardFaceFieldsAndRawTlvs() throws Exception {
        CardFace f = CardFace.parse(CardFiles.cardFaceFile(3000));
        assertEquals(Sex.FEMALE, f.sex());
        assertEquals(LocalDate.of(2035, 4, 1), f.expiry());
        assertEquals("0000000C6A502020", hex(Arrays.copyOf(f.photo(), 8))); // JP2 signature box
        assertEquals("89504E47", hex(Arrays.copyOf(f.nameImage(), 4)));
        assertEquals(60, f.addressImage().length);
        assertEquals(20, f.securityCodeImage().length);
        assertEquals(256, f.signature().length);
        assertEquals("9003010001", hex(Arrays.copyOf(f.cardPublicKey(), 5)));
        assertEquals("DF2208" + hex(ascii("19850401")), hex(f.rawTlv(0xDF22)));
        assertEquals("DF230132", hex(f.rawTlv(0xDF23)));
        assertEquals(0, f.rawTlv(0xDF99).length);
        assertTrue(f.toString().contains("redacted"));
    }

    @Test
    void corruptedCardFaceIsMalformed() throws ApduException {
        byte[] face = CardFiles.cardFaceFile(500);
        byte[] badTable = face.clone();
        badTable[8] = (byte) 0x7F; // first offset-table entry now points elsewhere
        byte[] truncated = Arrays.copyOf(face, face.length - 10);
        for (byte[] bad : new byte[][] {badTable, truncated}) {
            CardScript card = new CardScript().then(SELECT, "9000").then("00B08200001FFE", hex(bad) + "9000");
            if (bad == truncated) {
                card.then(String.format("00B0%04X0A", truncated.length), "9000"); // the follow-up finds nothing
            }
            VisualAp visual = new MyNumberCard(card).visualAp();
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, visual::readCardFace).code());
        }
    }
}
