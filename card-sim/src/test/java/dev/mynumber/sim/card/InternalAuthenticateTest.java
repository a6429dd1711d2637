package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_COMMON;
import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Signature;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** INTERNAL AUTHENTICATE: only the 共通AP key {@code 0019} answers (spec §3.1). */
class InternalAuthenticateTest {
    private static final String CHALLENGE = "00112233445566778899AABBCCDDEEFF";

    private final CardDriver card = new CardDriver(TestContents.adult());

    @Test
    void commonApKeyAnswersWithoutCredential() throws Exception {
        card.ok(SELECT_COMMON);
        byte[] answer = card.ok("0088009910" + CHALLENGE + "00");
        assertEquals(256, answer.length);
        Signature raw = Signature.getInstance("NONEwithRSA");
        raw.initVerify(TestContents.Keys.SIGN.getPublic());
        raw.update(HexFormat.of().parseHex(CHALLENGE));
        assertTrue(raw.verify(answer));
        assertEquals(0x9000, card.selectEf(0x0019));
        card.expect(0x9000, "0088008010" + CHALLENGE + "00");
    }

    @Test
    void otherKeysRefuse() {
        card.ok(SELECT_JPKI);
        card.expect(0x6982, "0088009710" + CHALLENGE + "00");
        card.verify(0x18, TestContents.PIN);
        card.expect(0x6985, "0088009710" + CHALLENGE + "00");
        card.expect(0x6985, "0088009810" + CHALLENGE + "00");
        card.ok(SELECT_TEXT);
        card.expect(0x6985, "0088009310" + CHALLENGE + "00");
        CardDriver child = new CardDriver(TestContents.child());
        child.ok(SELECT_COMMON);
        child.expect(0x6985, "0088009910" + CHALLENGE + "00");
    }

    @Test
    void checksLengthsAndParameters() {
        card.ok(SELECT_COMMON);
        card.expect(0x6700, "0088009900");
        card.expect(0x6700, "00880099F6" + "00".repeat(246) + "00");
        card.expect(0x6700, "0088009910" + CHALLENGE + "10");
        card.expect(0x6A86, "0088019910" + CHALLENGE + "00");
        card.expect(0x6A88, "0088009810" + CHALLENGE + "00");
    }
}
