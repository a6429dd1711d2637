package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_ISD;
import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static dev.mynumber.sim.card.TestContents.PASSWORD;
import static dev.mynumber.sim.card.TestContents.PIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** VERIFY: tries, blocking, and the security status it sets (spec §4, §4.1, §7 items 3-5). */
class VerifyTest {
    private static final int AUTH_PIN = 0x18;
    private static final int SIGN_PASSWORD = 0x1B;
    private static final int READ_SIGN_CERT = 0x0001;

    private final CardContents contents = TestContents.adult();
    private final InMemoryPinCounters counters = new InMemoryPinCounters(contents);
    private final CardDriver card = new CardDriver(new MyNumberCardSim(contents, counters, new java.util.Random(1)));

    @Test
    void countsDownBlocksAndThenRefuses() {
        card.ok(SELECT_JPKI);
        assertEquals(0x63C3, card.query(AUTH_PIN));
        assertEquals(0x63C2, card.verify(AUTH_PIN, "0000"));
        assertEquals(0x63C1, card.verify(AUTH_PIN, "0000"));
        assertEquals(0x63C0, card.verify(AUTH_PIN, "0000"));
        assertEquals(0x6984, card.verify(AUTH_PIN, "0000"));
        assertEquals(0x6984, card.verify(AUTH_PIN, PIN));
        assertEquals(0x63C0, card.query(AUTH_PIN));
        assertEquals(0, counters.triesLeft(CardSecret.JPKI_AUTH_PIN));
    }

    @Test
    void queryDoesNotSpendATry() {
        card.ok(SELECT_JPKI);
        for (int i = 0; i < 5; i++) {
            assertEquals(0x63C5, card.query(SIGN_PASSWORD));
        }
        assertEquals(0x63C4, card.verify(SIGN_PASSWORD, "WRONG1"));
        assertEquals(0x63C4, card.query(SIGN_PASSWORD));
    }

    @Test
    void successResetsTheCounterOfThatKeyOnly() {
        card.ok(SELECT_JPKI);
        card.verify(AUTH_PIN, "0000");
        card.verify(AUTH_PIN, "0000");
        card.verify(SIGN_PASSWORD, "WRONG1");
        assertEquals(0x9000, card.verify(AUTH_PIN, PIN));
        assertEquals(0x63C3, card.query(AUTH_PIN));
        assertEquals(0x63C4, card.query(SIGN_PASSWORD));
    }

    @Test
    void verifiesTheCurrentEfWithP2Of80() {
        card.ok(SELECT_JPKI);
        card.selectEf(0x0018);
        card.expect(0x63C3, "00200080");
        card.expect(0x9000, "002000800431323334");
        card.selectEf(0x000A);
        card.expect(0x6A88, "002000800431323334");
    }

    @Test
    void refusesBadParameters() {
        card.expect(0x6A88, "00200080");
        card.ok(SELECT_JPKI);
        card.expect(0x6A86, "00200180");
        card.expect(0x6A86, "00200000");
        card.expect(0x6A86, "0020009F");
        card.expect(0x6A88, "00200085");
        card.expect(0x6700, "0020009800");
    }

    @Test
    void textApKey0012IsBlockedFromIssue() {
        card.ok(SELECT_TEXT);
        assertEquals(0x63C0, card.query(0x12));
        assertEquals(0x6984, card.verify(0x12, PIN));
    }

    @Test
    void initialTriesComeFromTheContents() {
        CardDriver blocked = new CardDriver(TestContents.withInitialTries(Map.of(CardSecret.JPKI_AUTH_PIN, 0,
                CardSecret.JPKI_SIGN_PASSWORD, 2)));
        blocked.ok(SELECT_JPKI);
        assertEquals(0x63C0, blocked.query(AUTH_PIN));
        assertEquals(0x6984, blocked.verify(AUTH_PIN, PIN));
        assertEquals(0x63C2, blocked.query(SIGN_PASSWORD));
        assertEquals(0x9000, blocked.verify(SIGN_PASSWORD, PASSWORD));
        assertEquals(0x63C5, blocked.query(SIGN_PASSWORD));
    }

    @Test
    void securityStatusSurvivesEfSelectionAndReselectingTheSameAp() {
        card.ok(SELECT_JPKI);
        card.selectEf(READ_SIGN_CERT);
        card.expect(0x6982, "00B0000001");
        card.verify(SIGN_PASSWORD, PASSWORD);
        card.selectEf(0x000A);
        card.selectEf(READ_SIGN_CERT);
        card.expect(0x9000, "00B0000001");
        card.ok(SELECT_JPKI);
        card.selectEf(READ_SIGN_CERT);
        card.expect(0x9000, "00B0000001");
    }

    @Test
    void securityStatusIsClearedByAnotherApplicationTheIsdAndReset() {
        for (Runnable clear : new Runnable[] {() -> card.ok(SELECT_TEXT), () -> card.ok(SELECT_ISD),
            () -> card.card.reset()}) {
            card.ok(SELECT_JPKI);
            card.verify(SIGN_PASSWORD, PASSWORD);
            clear.run();
            card.ok(SELECT_JPKI);
            card.selectEf(READ_SIGN_CERT);
            card.expect(0x6982, "00B0000001");
        }
    }

    @Test
    void aWrongVerifyWithdrawsTheStatusOfThatKey() {
        card.ok(SELECT_JPKI);
        card.verify(SIGN_PASSWORD, PASSWORD);
        card.verify(SIGN_PASSWORD, "WRONG1");
        card.selectEf(READ_SIGN_CERT);
        card.expect(0x6982, "00B0000001");
    }

    @Test
    void resetReturnsToPowerOnState() {
        card.ok(SELECT_JPKI);
        card.card.reset();
        assertEquals(0x6A82, card.selectEf(0x000A));
        // no key reference exists at the MF
        assertEquals(0x6A88, card.query(AUTH_PIN));
    }
}
