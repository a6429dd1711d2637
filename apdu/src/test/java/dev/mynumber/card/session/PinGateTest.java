package dev.mynumber.card.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.LastTryNotConfirmedException;
import dev.mynumber.card.PinBlockedException;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.WrongPinException;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.pin.Pin4;
import org.junit.jupiter.api.Test;

/** Every PIN outcome, on the JPKI auth PIN {@code 0018} (VERIFY P2 {@code 98} as in [MBE]). */
class PinGateTest {
    private static final KeyRef AUTH = new KeyRef(PinKind.AUTH_PIN, FileId.of(0x0018), 3);
    private static final String QUERY = "00200098";
    private static final String VERIFY_1234 = "002000980431323334";

    private static ApduException verify(CardScript card, LastTry lastTry) throws Exception {
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            new PinGate(new ApduSession(card, ReadOptions.DEFAULT)).verify(AUTH, pin, lastTry);
            return null;
        } catch (ApduException e) {
            return e;
        } finally {
            card.assertComplete();
        }
    }

    @Test
    void successIsOneApdu() throws Exception {
        assertEquals(null, verify(new CardScript().then(VERIFY_1234, "9000"), LastTry.ALLOW));
    }

    @Test
    void wrongPinReportsTriesLeft() throws Exception {
        WrongPinException two = assertInstanceOf(WrongPinException.class,
                verify(new CardScript().then(VERIFY_1234, "63C2"), LastTry.ALLOW));
        assertEquals(2, two.triesLeft());
        assertEquals(ErrorCode.WRONG_PIN, two.code());
        WrongPinException one = assertInstanceOf(WrongPinException.class,
                verify(new CardScript().then(VERIFY_1234, "63C1"), LastTry.ALLOW));
        assertTrue(one.lastTry());
    }

    @Test
    void exhaustingTryAndBlockedKeyBothReportBlocked() throws Exception {
        ApduException exhausted = verify(new CardScript().then(VERIFY_1234, "63C0"), LastTry.ALLOW);
        assertInstanceOf(PinBlockedException.class, exhausted);
        assertEquals(ErrorCode.PIN_BLOCKED, exhausted.code());
        assertInstanceOf(PinBlockedException.class, verify(new CardScript().then(VERIFY_1234, "6984"), LastTry.ALLOW));
    }

    @Test
    void refuseWithOneTryLeftSendsNoVerify() throws Exception {
        ApduException e = verify(new CardScript().then(QUERY, "63C1"), LastTry.REFUSE);
        assertInstanceOf(LastTryNotConfirmedException.class, e);
        assertEquals(ErrorCode.LAST_TRY_NOT_CONFIRMED, e.code());
    }

    @Test
    void refuseOnABlockedKeySendsNoVerify() throws Exception {
        assertInstanceOf(PinBlockedException.class, verify(new CardScript().then(QUERY, "63C0"), LastTry.REFUSE));
    }

    @Test
    void refuseWithTriesToSpareQueriesThenVerifiesOnce() throws Exception {
        assertInstanceOf(WrongPinException.class,
                verify(new CardScript().then(QUERY, "63C2").then(VERIFY_1234, "63C1"), LastTry.REFUSE));
        assertEquals(null, verify(new CardScript().then(QUERY, "63C3").then(VERIFY_1234, "9000"), LastTry.REFUSE));
    }

    @Test
    void allowSpendsTheLastTryWithoutAQuery() throws Exception {
        assertInstanceOf(PinBlockedException.class, verify(new CardScript().then(VERIFY_1234, "63C0"), LastTry.ALLOW));
    }

    @Test
    void closedSecretSendsNothing() throws Exception {
        CardScript card = new CardScript();
        Pin4 pin = Pin4.of("1234".toCharArray());
        pin.close();
        ApduException e = assertThrows(ApduException.class,
                () -> new PinGate(new ApduSession(card, ReadOptions.DEFAULT)).verify(AUTH, pin, LastTry.REFUSE));
        assertEquals(ErrorCode.INVALID_PIN_FORMAT, e.code());
        assertEquals(0, card.sentCount());
    }

    @Test
    void otherStatusWordsGoThroughTheOneMapping() throws Exception {
        assertEquals(ErrorCode.FILE_NOT_FOUND,
                verify(new CardScript().then(VERIFY_1234, "6A88"), LastTry.ALLOW).code());
        assertEquals(ErrorCode.UNEXPECTED_STATUS,
                verify(new CardScript().then(VERIFY_1234, "6A86"), LastTry.ALLOW).code());
    }

    @Test
    void queryReadsCountersWithoutSpendingATry() throws ApduException {
        CardScript card = new CardScript().then(QUERY, "63C3").then(QUERY, "63C0").then(QUERY, "6984")
                .then(QUERY, "9000");
        PinGate gate = new PinGate(new ApduSession(card, ReadOptions.DEFAULT));
        assertEquals(new PinStatus(3, 3), gate.query(AUTH));
        assertTrue(gate.query(AUTH).blocked());
        assertTrue(gate.query(AUTH).blocked());
        assertEquals(new PinStatus(3, 3), gate.query(AUTH)); // already verified: counter at its maximum
        card.assertComplete();
    }

    @Test
    void withoutShortIdsTheKeyIsSelectedAndP2Is80() throws Exception {
        // the [TEX2E] trace form: 00 A4 02 0C 02 00 18 ; 00 20 00 80 04 31 32 33 34
        CardScript card = new CardScript().then("00A4020C020018", "9000").then("002000800431323334", "9000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            new PinGate(new ApduSession(card, new ReadOptions(true, false))).verify(AUTH, pin, LastTry.ALLOW);
        }
        card.assertComplete();
    }

    @Test
    void withoutShortIdsRefuseSelectsOnceThenQueriesAndVerifies() throws Exception {
        CardScript card = new CardScript().then("00A4020C020018", "9000").then("00200080", "63C3")
                .then("002000800431323334", "9000");
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            new PinGate(new ApduSession(card, new ReadOptions(true, false))).verify(AUTH, pin, LastTry.REFUSE);
        }
        card.assertComplete();
    }

    @Test
    void changeIsVerifyThenChangeReferenceData() throws Exception {
        CardScript card = new CardScript().then(QUERY, "63C3").then(VERIFY_1234, "9000")
                .then("002401980439383736", "9000");
        try (Pin4 current = Pin4.of("1234".toCharArray()); Pin4 next = Pin4.of("9876".toCharArray())) {
            new PinGate(new ApduSession(card, ReadOptions.DEFAULT)).change(AUTH, current, next, LastTry.REFUSE, false);
        }
        card.assertComplete();
    }

    @Test
    void jicsapChangeKeyForTheCommonAndJukiPins() throws Exception {
        KeyRef juki = new KeyRef(PinKind.JUKI_PIN, FileId.of(0x001C), 3);
        CardScript card = new CardScript().then("0020009C0431323334", "9000").then("8032009C0439383736", "9000");
        try (Pin4 current = Pin4.of("1234".toCharArray()); Pin4 next = Pin4.of("9876".toCharArray())) {
            new PinGate(new ApduSession(card, ReadOptions.DEFAULT)).change(juki, current, next, LastTry.ALLOW, true);
        }
        card.assertComplete();
    }

    @Test
    void aWrongCurrentPinSendsNoChange() throws Exception {
        CardScript card = new CardScript().then(VERIFY_1234, "63C2");
        try (Pin4 current = Pin4.of("1234".toCharArray()); Pin4 next = Pin4.of("9876".toCharArray())) {
            PinGate gate = new PinGate(new ApduSession(card, ReadOptions.DEFAULT));
            assertEquals(2, assertThrows(WrongPinException.class,
                    () -> gate.change(AUTH, current, next, LastTry.ALLOW, false)).triesLeft());
        }
        card.assertComplete();
    }

    @Test
    void aClosedReplacementSendsNothingAndARefusedChangeIsMapped() throws Exception {
        CardScript none = new CardScript();
        Pin4 next = Pin4.of("9876".toCharArray());
        next.close();
        try (Pin4 current = Pin4.of("1234".toCharArray())) {
            assertEquals(ErrorCode.INVALID_PIN_FORMAT, assertThrows(ApduException.class,
                    () -> new PinGate(new ApduSession(none, ReadOptions.DEFAULT))
                            .change(AUTH, current, next, LastTry.ALLOW, false))
                    .code());
            assertEquals(0, none.sentCount());
            CardScript refused = new CardScript().then(VERIFY_1234, "9000").then("002401980439383736", "6982");
            try (Pin4 again = Pin4.of("9876".toCharArray())) {
                assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED, assertThrows(ApduException.class,
                        () -> new PinGate(new ApduSession(refused, ReadOptions.DEFAULT))
                                .change(AUTH, current, again, LastTry.ALLOW, false))
                        .code());
            }
        }
    }
}
