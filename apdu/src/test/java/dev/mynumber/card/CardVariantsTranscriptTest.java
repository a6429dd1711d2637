package dev.mynumber.card;

import static dev.mynumber.card.fixtures.Bytes.fakeCertificate;
import static dev.mynumber.card.fixtures.Bytes.filler;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.StatusWord;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Card behaviours the spec leaves open (§10, issue 13), each played as a transcript on a reader with and
 * without extended length: the client's answer to each and its exact APDU sequence.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardVariantsTranscriptTest {
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final byte[] DIGEST = filler(32, 0x30);
    private static final String DIGEST_INFO = "3031300D060960864801650304020105000420" + hex(DIGEST);
    private static final String SIGN_AUTH = "802A009733" + DIGEST_INFO + "00";
    private static final String SIGN_SIGN = "802A009A33" + DIGEST_INFO + "00";
    private static final String SIGNATURE = hex(filler(256, 0x77));
    private static final String VERIFY_AUTH = "0020009804" + "31323334";
    private static final String VERIFY_SIGN = "0020009B06" + "414243313233";

    /** The JPKI AP on a reader whose extended length is already known. */
    private static JpkiAp jpki(CardScript card, boolean extended) throws ApduException {
        ReaderCapabilities reader = new ReaderCapabilities(extended ? ExtendedLength.SUPPORTED
                : ExtendedLength.UNSUPPORTED);
        return new MyNumberCard(card, ReadOptions.DEFAULT, reader).jpki();
    }

    private static Pin4 pin() throws ApduException {
        return Pin4.of("1234".toCharArray());
    }

    private static SigningPassword password() throws ApduException {
        return SigningPassword.of("abc123".toCharArray());
    }

    /** Item 4: a card whose security status one signature consumes; the client verifies before every signature. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everySignatureHasItsOwnVerify(boolean extended) throws ApduException {
        CardScript card = new CardScript().then(SELECT_JPKI, "9000")
                .then(VERIFY_AUTH, "9000").then(SIGN_AUTH, SIGNATURE + "9000")
                .then(VERIFY_AUTH, "9000").then(SIGN_AUTH, SIGNATURE + "9000");
        JpkiAp jpki = jpki(card, extended);
        try (Pin4 pin = pin()) {
            jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW);
            jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW);
        }
        card.assertComplete();
    }

    /** Item 4: a signature refused with 6982 is reported; the PIN is never sent again behind the user's back. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aConsumedSecurityStatusIsReportedWithoutResendingThePin(boolean extended) throws ApduException {
        CardScript card = new CardScript().then(SELECT_JPKI, "9000")
                .then(VERIFY_AUTH, "9000").then(SIGN_AUTH, "6982");
        JpkiAp jpki = jpki(card, extended);
        try (Pin4 pin = pin()) {
            ApduException e = assertThrows(ApduException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW));
            assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, e.code());
        }
        card.assertComplete();
    }

    /**
     * Items 3 and 6: the signing flow (certificate, then signature, the last try refused) never re-SELECTs the AP
     * after a VERIFY, and (issue 17) sends the password once: the session remembers the accepted VERIFY until the
     * next SELECT or signature, and the counter its {@code 9000} told, so neither a query nor a VERIFY repeats.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void signingFlowWithAQueryAnswered9000AfterVerify(boolean extended) throws ApduException {
        byte[] cert = fakeCertificate(1837, 4); // the size in [PORTAL]
        CardScript card = new CardScript().then(SELECT_JPKI, "9000").then("0020009B", "63C5")
                .then(VERIFY_SIGN, "9000").thenReadFile(1, cert, extended, "9000")
                .then(SIGN_SIGN, SIGNATURE + "9000");
        JpkiAp jpki = jpki(card, extended);
        try (SigningPassword pw = password()) {
            assertArrayEquals(cert, jpki.signCertificate(pw, LastTry.REFUSE));
            assertEquals(256, jpki.signWithSignKey(pw, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE).length);
        }
        card.assertComplete();
    }

    /**
     * Issue 17: the remembered password never outlives an application SELECT (the same AP included: some cards
     * clear the status on a re-SELECT) nor a signature (some cards consume it); the counter, which only a VERIFY
     * changes, is still known, so no query repeats.
     */
    @Test
    void theAcceptedPasswordIsForgottenAtEverySelectAndSignature() throws ApduException {
        byte[] cert = fakeCertificate(1837, 4);
        CardScript card = new CardScript().then(SELECT_JPKI, "9000").then("0020009B", "63C5")
                .then(VERIFY_SIGN, "9000").thenReadFile(1, cert, true, "9000")
                .then(SELECT_JPKI, "9000").then(VERIFY_SIGN, "9000").then(SIGN_SIGN, SIGNATURE + "9000")
                .then(VERIFY_SIGN, "9000").then(SIGN_SIGN, SIGNATURE + "9000");
        MyNumberCard myNumberCard = new MyNumberCard(card, ReadOptions.DEFAULT,
                new ReaderCapabilities(ExtendedLength.SUPPORTED));
        try (SigningPassword pw = password()) {
            myNumberCard.jpki().signCertificate(pw, LastTry.REFUSE);
            JpkiAp reselected = myNumberCard.jpki();
            reselected.signWithSignKey(pw, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE);
            reselected.signWithSignKey(pw, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE);
        }
        card.assertComplete();
        assertEquals(new PinStatus(5, 5), myNumberCard.knownPinStatuses().get(PinKind.SIGN_PASSWORD));
    }

    /** Issue 17: a wrong VERIFY's answer tells its counter, and REFUSE uses it instead of asking again. */
    @Test
    void aWrongVerifyTellsTheCounterAndRefuseNeedsNoSecondQuery() throws ApduException {
        CardScript card = new CardScript().then(SELECT_JPKI, "9000").then("00200098", "63C2")
                .then(VERIFY_AUTH, "63C1");
        MyNumberCard myNumberCard = new MyNumberCard(card, ReadOptions.DEFAULT,
                new ReaderCapabilities(ExtendedLength.SUPPORTED));
        JpkiAp jpki = myNumberCard.jpki();
        try (Pin4 pin = pin()) {
            assertThrows(WrongPinException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE));
            assertThrows(LastTryNotConfirmedException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE));
        }
        card.assertComplete();
        assertEquals(new PinStatus(1, 3), myNumberCard.knownPinStatuses().get(PinKind.AUTH_PIN));
    }

    /** Item 6: the counter page reads 9000 to an empty VERIFY as "full", for every kind. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aQueryAnswered9000IsAFullCounter(boolean extended) throws ApduException {
        CardScript card = new CardScript().then(SELECT_JPKI, "9000").then("00200098", "9000")
                .then("0020009B", "9000");
        JpkiAp jpki = jpki(card, extended);
        assertEquals(new PinStatus(3, 3), jpki.authPinStatus());
        assertEquals(new PinStatus(5, 5), jpki.signPasswordStatus());
        card.assertComplete();
    }

    /** Item 5: a blocked key answering 6983 (as well as 6984) is PIN_BLOCKED everywhere, and REFUSE sends nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"6983", "6984"})
    void aBlockedKeyAnsweringEitherWordIsBlocked(String blocked) throws ApduException {
        CardScript card = new CardScript().then(SELECT_JPKI, "9000")
                .then("00200098", blocked) // counter query; REFUSE then knows it is blocked: nothing goes out
                .then(VERIFY_AUTH, blocked) // ALLOW: the VERIFY itself
                .then(VERIFY_AUTH, "9000").then(SIGN_AUTH, blocked); // a signing command answering the word
        JpkiAp jpki = jpki(card, true);
        assertEquals(new PinStatus(0, 3), jpki.authPinStatus());
        try (Pin4 pin = pin()) {
            assertThrows(PinBlockedException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.REFUSE));
            for (int i = 0; i < 2; i++) {
                assertThrows(PinBlockedException.class,
                        () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, DIGEST, LastTry.ALLOW));
            }
        }
        StatusWord sw = new StatusWord(Integer.parseInt(blocked, 16));
        assertEquals(ErrorCode.PIN_BLOCKED, StatusWords.toException(sw).code());
        assertEquals(VerifyOutcome.Result.BLOCKED, VerifyOutcome.of(sw).result());
        card.assertComplete();
    }

    /** Item 7: a card that answers the last read with 6282 ("end of file before Le bytes") and its data. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theLastReadAnswered6282IsTheEndOfTheFile(boolean extended) throws ApduException {
        byte[] cert = fakeCertificate(1571, 1);
        CardScript card = new CardScript().then(SELECT_JPKI, "9000").thenReadFile(0x0A, cert, extended, "6282");
        assertArrayEquals(cert, jpki(card, extended).authCertificate());
        card.assertComplete();
    }

    /** Item 7: a file shorter than its header: 6282 with what exists, then 6B00 past the end, is malformed. */
    @ParameterizedTest
    @ValueSource(strings = {"6B00", "6282"})
    void aFileShorterThanItsHeaderIsMalformedEitherWay(String pastTheEnd) throws ApduException {
        byte[] cert = fakeCertificate(1571, 1);
        CardScript card = new CardScript().then(SELECT_JPKI, "9000")
                .then("00B08A00001FFE", hex(Arrays.copyOf(cert, 1000)) + "6282")
                .then("00B003E800023B", pastTheEnd);
        JpkiAp jpki = jpki(card, true);
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, assertThrows(ApduException.class, jpki::authCertificate).code());
        card.assertComplete();
    }

    /** Item 11: certificates of the 2015 and 2023 CA generations and of any length read whole either way. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void certificatesOfAnyLengthReadWhole(boolean extended) throws ApduException {
        for (int length : new int[] {1094, 1571, 1742, 1837, 2100, 4000}) {
            byte[] cert = fakeCertificate(length, length);
            CardScript card = new CardScript().then(SELECT_JPKI, "9000").thenReadFile(0x0B, cert, extended, "9000");
            assertArrayEquals(cert, jpki(card, extended).authCaCertificate(), "length " + length);
            card.assertComplete();
        }
    }
}
