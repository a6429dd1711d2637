package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.Hex;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.sim.card.CardSecret;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Items 9 and 10 of issue 13: commands some cards refuse are never sent. Every operation runs against the
 * simulated card and every APDU is checked: SELECT with P2 {@code 0C} and a full 10-byte AID (no FCI asked,
 * no partial AID), no command chaining or secure-messaging CLA, VERIFY without a trailing Le, every data field
 * short (nothing needs chaining), and on a short-APDU reader no extended APDU at all.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CommandShapesTest {
    private static final int INS_SELECT = 0xA4;
    private static final int INS_VERIFY = 0x20;
    private static final Set<String> AIDS = Set.of("D392F000260100000001", "D3921000310001010408",
            "D3921000310001010402", "D3921000310001010100", "D3921000310001010401");

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCommandOfEveryOperationHasASafeShape(boolean extended) throws Exception {
        SimSession s = SimSession.of("adult", extended ? ReadOptions.DEFAULT : ReadOptions.shortApdusOnly());
        tour(s);
        List<byte[]> commands = s.commands();
        assertTrue(commands.size() > 40, "the tour sent " + commands.size() + " APDUs");
        for (byte[] c : commands) {
            check(c, extended);
        }
    }

    private static void tour(SimSession s) throws Exception {
        MyNumberCard card = s.card;
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3});
        JpkiAp jpki = card.jpki();
        jpki.tokenInfo();
        jpki.authCertificate();
        jpki.authCaCertificate();
        jpki.signCaCertificate();
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.JPKI_AUTH_PIN).toCharArray());
                SigningPassword pw = SigningPassword.of(s.secret(CardSecret.JPKI_SIGN_PASSWORD).toCharArray())) {
            jpki.signWithAuthKey(pin, DigestAlgorithm.SHA512, new byte[64], LastTry.REFUSE);
            jpki.signCertificate(pw, LastTry.REFUSE);
            jpki.signWithSignKey(pw, DigestAlgorithm.SHA256, digest, LastTry.REFUSE);
        }
        TextAp text = card.textAp();
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.TEXT_PIN).toCharArray())) {
            text.verify(pin, LastTry.REFUSE);
        }
        text.readMyNumber();
        text.readAttributes();
        text.readIntegrityRecord();
        text.readCertificate();
        text.readApKey();
        text.signChallenge(digest);
        VisualAp visual = card.visualAp();
        try (VerificationCodeA a = VerificationCodeA.of(s.secret(CardSecret.VISUAL_CODE_A).toCharArray())) {
            visual.verify(a, LastTry.REFUSE);
        }
        visual.readCardFace();
        visual.readCertificate();
        visual.signChallenge(digest);
        card.commonAp().readCardInfo();
        card.pinStatuses();
    }

    private static void check(byte[] bytes, boolean extended) {
        String hex = Hex.encode(bytes);
        CommandApdu c = CommandApdu.parse(bytes);
        assertTrue(c.cla() == 0x00 || c.cla() == 0x80, "CLA: no chaining, SM or channel bits: " + hex);
        assertTrue(c.nc() <= 255, "data fits one short command, no chaining needed: " + hex);
        if (!extended) {
            assertFalse(bytes.length >= 7 && bytes[4] == 0, "no extended APDU on a short reader: " + hex);
        }
        if (c.ins() == INS_VERIFY) {
            assertEquals(0, c.ne(), "VERIFY carries no Le: " + hex);
        }
        if (c.ins() == INS_SELECT) {
            assertEquals(0x0C, c.p2(), "SELECT asks for no FCI/FCP: " + hex);
            assertEquals(0, c.ne(), "SELECT carries no Le: " + hex);
            if (c.p1() == 0x04) {
                assertTrue(AIDS.contains(Hex.encode(c.data())), "SELECT by the full AID: " + hex);
            }
        }
    }
}
