package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.WrongPinException;
import dev.mynumber.card.commonap.CommonAp;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.jukiap.JukiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.sim.card.CardSecret;
import org.junit.jupiter.api.Test;

/** PIN change against the simulated card: the new value works, the old one is wrong, counters stay full. */
class SimulatedPinChangeTest {
    private static Pin4 pin(String digits) throws ApduException {
        return Pin4.of(digits.toCharArray());
    }

    @Test
    void textPinChanges() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        try (Pin4 old = pin(s.secret(CardSecret.TEXT_PIN)); Pin4 next = pin("2580")) {
            text.changePin(old, next, LastTry.REFUSE);
        }
        TextAp again = s.card.textAp(); // a fresh SELECT clears the verified state
        try (Pin4 old = pin(s.secret(CardSecret.TEXT_PIN))) {
            assertEquals(2, assertThrows(WrongPinException.class, () -> again.verify(old, LastTry.ALLOW)).triesLeft());
        }
        try (Pin4 next = pin("2580")) {
            again.verify(next, LastTry.ALLOW);
        }
        assertEquals(new PinStatus(3, 3), again.pinStatus());
    }

    @Test
    void jpkiAuthPinAndSigningPasswordChange() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        try (Pin4 old = pin(s.secret(CardSecret.JPKI_AUTH_PIN)); Pin4 next = pin("1470")) {
            jpki.changeAuthPin(old, next, LastTry.REFUSE);
        }
        try (SigningPassword old = SigningPassword.of(s.secret(CardSecret.JPKI_SIGN_PASSWORD).toCharArray());
                SigningPassword next = SigningPassword.of("new2pass".toCharArray())) {
            jpki.changeSignPassword(old, next, LastTry.REFUSE);
        }
        JpkiAp again = s.card.jpki();
        try (SigningPassword next = SigningPassword.of("NEW2PASS".toCharArray())) {
            again.signCertificate(next, LastTry.REFUSE);
        }
        try (Pin4 next = pin("1470")) {
            again.signWithAuthKey(next, dev.mynumber.card.jpki.DigestAlgorithm.SHA256, new byte[32], LastTry.REFUSE);
        }
    }

    @Test
    void commonAndJukiPinsChangeWithChangeKey() throws Exception {
        SimSession s = SimSession.of("adult");
        CommonAp common = s.card.commonAp();
        try (Pin4 old = pin(s.secret(CardSecret.COMMON_PIN)); Pin4 next = pin("3690")) {
            common.changePin(old, next, LastTry.REFUSE);
        }
        JukiAp juki = s.card.jukiAp();
        try (Pin4 old = pin(s.secret(CardSecret.JUKI_PIN)); Pin4 next = pin("3690")) {
            juki.changePin(old, next, LastTry.REFUSE);
        }
        try (Pin4 next = pin("3690")) {
            s.card.commonAp().verify(next, LastTry.REFUSE);
            s.card.jukiAp().verify(next, LastTry.REFUSE);
        }
    }

    @Test
    void childCannotChangeASigningPasswordItDoesNotHave() throws Exception {
        SimSession s = SimSession.of("child");
        try (SigningPassword old = SigningPassword.of("ABC123".toCharArray());
                SigningPassword next = SigningPassword.of("NEW2PASS".toCharArray())) {
            assertEquals(ErrorCode.UNSUPPORTED_CARD, assertThrows(ApduException.class,
                    () -> s.card.jpki().changeSignPassword(old, next, LastTry.ALLOW)).code());
        }
    }
}
