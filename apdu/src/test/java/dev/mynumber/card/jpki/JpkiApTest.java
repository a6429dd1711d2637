package dev.mynumber.card.jpki;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.fakeCertificate;
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
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import org.junit.jupiter.api.Test;

/** Transcript tests: the exact APDUs of every JPKI AP operation. */
class JpkiApTest {
    static final String SELECT = "00A4040C0AD392F000260100000001";
    private static final byte[] DIGEST = filler(32, 0x30);
    private static final String DIGEST_INFO = "3031300D060960864801650304020105000420" + hex(DIGEST);
    private static final String SIGNATURE = hex(filler(256, 0x77));

    private static CardScript card() {
        return new CardScript().then(SELECT, "9000");
    }

    private static JpkiAp open(CardScript card) throws ApduException {
        return new MyNumberCard(card).jpki();
    }

    @Test
    void tokenInfoIsOneFixedRead() throws ApduException {
        CardScript card = card().then("00B0860020", hex(ascii("JPKIAPICCTOKEN2                 ")) + "9000");
        assertEquals(new TokenInfo("JPKIAPICCTOKEN2", TokenKind.MY_NUMBER_CARD), open(card).tokenInfo());
        card.assertComplete();
    }

    @Test
    void freeCertificatesAreOneReadEach() throws ApduException {
        byte[] auth = fakeCertificate(1571, 1);
        byte[] authCa = fakeCertificate(1400, 2);
        byte[] signCa = fakeCertificate(1300, 3);
        CardScript card = card().then("00B08A00001FFE", hex(auth) + "9000")
                .then("00B08B00001FFE", hex(authCa) + "9000").then("00B08200001FFE", hex(signCa) + "9000");
        JpkiAp jpki = open(card);
        assertArrayEquals(auth, jpki.authCertificate());
        assertArrayEquals(authCa, jpki.authCaCertificate());
        assertArrayEquals(signCa, jpki.signCaCertificate());
        card.assertComplete();
    }

    @Test
    void signCertificateNeedsThePasswordFirst() throws Exception {
        byte[] cert = fakeCertificate(1742, 4); // 30 82 06 CA as in [TEX2E]
        CardScript card = card().then("0020009B", "63C5").then("0020009B06414243313233", "9000")
                .then("00B08100001FFE", hex(cert) + "9000");
        try (SigningPassword pw = SigningPassword.of("abc123".toCharArray())) {
            assertArrayEquals(cert, open(card).signCertificate(pw, LastTry.REFUSE));
        }
        card.assertComplete();
    }

    @Test
    void childsCardWithoutSigningCertificateIsUnsupported() throws Exception {
        CardScript card = card().then("0020009B06414243313233", "9000").then("00B08100001FFE", "6A82")
                .then("00B0880003", "008F009000"); // EF 0008: no signing certificate (spec §2.1)
        try (SigningPassword pw = SigningPassword.of("ABC123".toCharArray())) {
            JpkiAp jpki = open(card);
            ApduException e = assertThrows(ApduException.class, () -> jpki.signCertificate(pw, LastTry.ALLOW));
            assertEquals(ErrorCode.UNSUPPORTED_CARD, e.code());
        }
        CardScript noKey = card().then("0020009B", "6A88").then("00B0880003", "008F009000");
        assertEquals(ErrorCode.UNSUPPORTED_CARD,
                assertThrows(ApduException.class, () -> open(noKey).signPasswordStatus()).code());
    }

    @Test
    void aOneOffNotFoundOnACardWithASigningCertificateStaysACardError() throws Exception {
        CardScript card = card().then("0020009B06414243313233", "9000").then("00B08100001FFE", "6A82")
                .then("00B0880003", "8F8F009000");
        try (SigningPassword pw = SigningPassword.of("ABC123".toCharArray())) {
            JpkiAp jpki = open(card);
            ApduException e = assertThrows(ApduException.class, () -> jpki.signCertificate(pw, LastTry.ALLOW));
            assertEquals(ErrorCode.FILE_NOT_FOUND, e.code());
        }
        card.assertComplete();
    }

    @Test
    void passwordChangeIsVerifyThenChangeReferenceDataOn9B() throws Exception {
        CardScript card = card().then("0020009B06414243313233", "9000").then("0024019B0858595A3938373635", "9000");
        try (SigningPassword old = SigningPassword.of("ABC123".toCharArray());
                SigningPassword next = SigningPassword.of("xyz98765".toCharArray())) {
            open(card).changeSignPassword(old, next, LastTry.ALLOW);
        }
        card.assertComplete();
    }

    @Test
    void countersAreOneQueryEach() throws ApduException {
        CardScript card = card().then("00200098", "63C3").then("0020009B", "63C4");
        JpkiAp jpki = open(card);
        assertEquals(new PinStatus(3, 3), jpki.authPinStatus());
        assertEquals(new PinStatus(4, 5), jpki.signPasswordStatus());
        card.assertComplete();
    }

    @Test
    void authSignatureIsVerifyThenSignByShortId() throws Exception {
        // [MBE]: 00 20 00 98 04 <PIN>, 80 2A 00 97 Lc <data> 00
        CardScript card = card().then("002000980431323334", "9000")
                .then("802A009733" + DIGEST_INFO + "00", SIGNATURE + "9000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            byte[] sig = open(card).signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW);
            assertEquals(SIGNATURE, hex(sig));
        }
        card.assertComplete();
    }

    @Test
    void signKeySignatureUsesP2_9A() throws Exception {
        byte[] digest = filler(64, 1);
        String di = "3051300D060960864801650304020305000440" + hex(digest);
        CardScript card = card().then("0020009B", "63C5").then("0020009B06414243313233", "9000")
                .then("802A009A53" + di + "00", SIGNATURE + "9000");
        try (SigningPassword pw = SigningPassword.of("ABC123".toCharArray())) {
            open(card).signWithSignKey(pw, DigestAlgorithm.SHA512, digest, LastTry.REFUSE);
        }
        card.assertComplete();
    }

    @Test
    void lastTryRefusedBeforeSigning() throws Exception {
        CardScript card = card().then("00200098", "63C1");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            JpkiAp jpki = open(card);
            assertEquals(ErrorCode.LAST_TRY_NOT_CONFIRMED, assertThrows(ApduException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE)).code());
        }
        card.assertComplete();
    }

    @Test
    void wrongDigestLengthSendsNoVerify() throws Exception {
        CardScript card = card();
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            JpkiAp jpki = open(card);
            assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(ApduException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA384, DIGEST, LastTry.ALLOW)).code());
        }
        card.assertComplete();
    }

    @Test
    void withoutShortIdsTheTex2eTraceIsReproduced() throws Exception {
        // spec §7.1 [TEX2E]: select 0018, VERIFY P2 80, select 0017, 80 2A 00 80 33 <DigestInfo> 00
        CardScript card = card().then("00A4020C020018", "9000").then("002000800431323334", "9000")
                .then("00A4020C020017", "9000").then("802A008033" + DIGEST_INFO + "00", SIGNATURE + "9000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            new MyNumberCard(card, new ReadOptions(true, false)).jpki()
                    .signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW);
        }
        card.assertComplete();
    }

    @Test
    void signatureOfWrongLengthIsMalformed() throws Exception {
        CardScript card = card().then("002000980431323334", "9000").then("802A009733" + DIGEST_INFO + "00", "01029000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            JpkiAp jpki = open(card);
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW)).code());
        }
    }

    @Test
    void certificateWithWrongTagIsMalformed() throws ApduException {
        CardScript card = card().then("00B08A00001FFE", "3103010203" + "9000");
        JpkiAp jpki = open(card);
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, jpki::authCertificate).code());
    }
}
