package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.LastTryNotConfirmedException;
import dev.mynumber.card.PinBlockedException;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.WrongPinException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.sim.card.CardSecret;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every PIN outcome against the simulated card, with the status words the card really sent. */
class SimulatedPinOutcomesTest {
    private static ApduException verifyTextPin(TextAp text, String digits, LastTry lastTry) throws Exception {
        try (Pin4 pin = Pin4.of(digits.toCharArray())) {
            text.verify(pin, lastTry);
            return null;
        } catch (ApduException e) {
            return e;
        }
    }

    @Test
    void countersGoThreeTwoOneThenBlockAndStayBlocked() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        assertEquals(new PinStatus(3, 3), text.pinStatus());
        assertEquals(2, assertInstanceOf(WrongPinException.class, verifyTextPin(text, "0000", LastTry.ALLOW))
                .triesLeft());
        assertEquals("63C2", s.lastStatus());
        WrongPinException one = assertInstanceOf(WrongPinException.class, verifyTextPin(text, "0000", LastTry.REFUSE));
        assertEquals(1, one.triesLeft());
        assertTrue(one.lastTry());
        assertTrue(text.pinStatus().lastTry());

        long verifies = s.verifiesWithData();
        assertInstanceOf(LastTryNotConfirmedException.class, verifyTextPin(text, "0000", LastTry.REFUSE));
        assertEquals(verifies, s.verifiesWithData(), "REFUSE on the last try sends no VERIFY");

        assertInstanceOf(PinBlockedException.class, verifyTextPin(text, "0000", LastTry.ALLOW));
        assertEquals("63C0", s.lastStatus()); // the exhausting try
        assertTrue(text.pinStatus().blocked());
        ApduException after = verifyTextPin(text, s.secret(CardSecret.TEXT_PIN), LastTry.ALLOW);
        assertEquals(ErrorCode.PIN_BLOCKED, after.code());
        assertEquals("6984", s.lastStatus()); // even the right PIN, once blocked
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, text::readMyNumber).code());

        verifies = s.verifiesWithData();
        assertInstanceOf(PinBlockedException.class, verifyTextPin(text, s.secret(CardSecret.TEXT_PIN), LastTry.REFUSE));
        assertEquals(verifies, s.verifiesWithData(), "REFUSE on a blocked key sends no VERIFY");
    }

    @Test
    void aRightPinResetsTheCounter() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        assertInstanceOf(WrongPinException.class, verifyTextPin(text, "0000", LastTry.ALLOW));
        assertEquals(new PinStatus(2, 3), text.pinStatus());
        assertEquals(null, verifyTextPin(text, s.secret(CardSecret.TEXT_PIN), LastTry.REFUSE));
        assertEquals(new PinStatus(3, 3), text.pinStatus());
    }

    @Test
    void signingPasswordCountsFromFive() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        try (SigningPassword wrong = SigningPassword.of("WRONG1".toCharArray())) {
            for (int left = 4; left >= 1; left--) {
                WrongPinException e = assertThrows(WrongPinException.class,
                        () -> jpki.signCertificate(wrong, LastTry.ALLOW));
                assertEquals(left, e.triesLeft());
            }
            assertThrows(LastTryNotConfirmedException.class, () -> jpki.signCertificate(wrong, LastTry.REFUSE));
            assertThrows(PinBlockedException.class, () -> jpki.signCertificate(wrong, LastTry.ALLOW));
        }
        assertEquals(new PinStatus(0, 5), jpki.signPasswordStatus());
    }

    @Test
    void wrongFormatsSendNoApdu() throws Exception {
        SimSession s = SimSession.of("adult");
        VisualAp visual = s.card.visualAp();
        int sent = s.sent();
        String number = s.secret(CardSecret.VISUAL_CODE_A);
        char[] badCheckDigit = (number.substring(0, 11) + ((number.charAt(11) - '0' + 1) % 10)).toCharArray();
        for (ThrowingCall call : new ThrowingCall[] {
            () -> Pin4.of("12a4".toCharArray()), () -> Pin4.of("12345".toCharArray()),
            () -> SigningPassword.of("abcdef".toCharArray()), () -> SigningPassword.of("ABC12!".toCharArray()),
            () -> VerificationCodeA.of(badCheckDigit)}) {
            assertEquals(ErrorCode.INVALID_PIN_FORMAT, assertThrows(ApduException.class, call::run).code());
        }
        assertEquals(sent, s.sent());
        assertEquals(new PinStatus(10, 10), visual.codeAStatus());
    }

    @Test
    void authBlockedPersonaIsReportedBlockedWithoutSpendingAnything() throws Exception {
        SimSession s = SimSession.of("auth-blocked");
        JpkiAp jpki = s.card.jpki();
        assertTrue(jpki.authPinStatus().blocked());
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.JPKI_AUTH_PIN).toCharArray())) {
            assertThrows(PinBlockedException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, new byte[32], LastTry.REFUSE));
            assertEquals(0, s.verifiesWithData());
            assertThrows(PinBlockedException.class,
                    () -> jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, new byte[32], LastTry.ALLOW));
            assertEquals("6984", s.lastStatus());
        }
        assertEquals(new PinStatus(5, 5), jpki.signPasswordStatus()); // the other key is untouched
    }

    @Test
    void everyCounterIsReadableWithoutSpendingATry() throws Exception {
        SimSession s = SimSession.of("adult");
        Map<PinKind, PinStatus> all = s.card.pinStatuses();
        assertEquals(PinKind.values().length, all.size());
        assertEquals(new PinStatus(3, 3), all.get(PinKind.AUTH_PIN));
        assertEquals(new PinStatus(5, 5), all.get(PinKind.SIGN_PASSWORD));
        assertEquals(new PinStatus(3, 3), all.get(PinKind.COMMON_PIN));
        assertEquals(new PinStatus(3, 3), all.get(PinKind.JUKI_PIN));
        assertEquals(15, s.sent());
        assertEquals(0, s.verifiesWithData());

        Map<PinKind, PinStatus> child = SimSession.of("child").card.pinStatuses();
        assertEquals(PinKind.values().length - 1, child.size());
        assertTrue(!child.containsKey(PinKind.SIGN_PASSWORD));
        assertTrue(SimSession.of("auth-blocked").card.pinStatus(PinKind.AUTH_PIN).blocked());
    }

    @Test
    void commonAndJukiPins() throws Exception {
        SimSession s = SimSession.of("adult");
        var common = s.card.commonAp();
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.COMMON_PIN).toCharArray())) {
            common.verify(pin, LastTry.REFUSE);
        }
        var info = common.readCardInfo();
        assertEquals(s.persona.cardExpiry(), info.expiry());
        assertEquals(15, info.serial().length());
        var juki = s.card.jukiAp();
        try (Pin4 wrong = Pin4.of("0000".toCharArray())) {
            assertEquals(2, assertThrows(WrongPinException.class, () -> juki.verify(wrong, LastTry.ALLOW)).triesLeft());
        }
        assertEquals(new PinStatus(2, 3), juki.pinStatus());
        assertEquals(new PinStatus(3, 3), s.card.commonAp().pinStatus()); // separate counters [MC-juki]
    }

    /** A call that may throw a checked error. */
    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }
}
