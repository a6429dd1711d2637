package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.pin.PinEntry;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.pin.ReadPinStatus;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.card.PinKind;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PIN status against the simulated card: every key, its limit, and no try spent. */
class PinStatusUseCaseTest {
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    private static Map<PinKind, PinEntry> byKind(PinStatusReport report) {
        return report.pins().stream().collect(Collectors.toMap(PinEntry::kind, Function.identity()));
    }

    @Test
    void adultHasEveryKeyAtItsLimitAndQueriesSpendNoTry() throws Exception {
        SimCards adult = SimCards.open("adult");

        PinStatusReport first = new ReadPinStatus().run(service.on(adult.card));
        PinStatusReport second = new ReadPinStatus().run(service.on(adult.card));

        assertEquals(first, second);
        assertEquals(0, adult.transport.verifiesWithData(), "only VERIFY without data");
        Map<PinKind, PinEntry> pins = byKind(first);
        assertEquals(new PinEntry(PinKind.AUTH_PIN, 3, 3, false, false), pins.get(PinKind.AUTH_PIN));
        assertEquals(new PinEntry(PinKind.SIGN_PASSWORD, 5, 5, false, false), pins.get(PinKind.SIGN_PASSWORD));
        assertEquals(new PinEntry(PinKind.TEXT_PIN, 3, 3, false, false), pins.get(PinKind.TEXT_PIN));
        assertTrue(pins.containsKey(PinKind.TEXT_CODE_B));
        assertTrue(pins.containsKey(PinKind.VISUAL_CODE_A));
    }

    @Test
    void childHasNoSigningPassword() throws Exception {
        Map<PinKind, PinEntry> pins = byKind(new ReadPinStatus().run(service.on(SimCards.open("child").card)));
        assertFalse(pins.containsKey(PinKind.SIGN_PASSWORD));
        assertEquals(3, pins.get(PinKind.AUTH_PIN).triesLeft());
    }

    @Test
    void blockedAuthPinIsReportedBlocked() throws Exception {
        PinEntry auth = byKind(new ReadPinStatus().run(service.on(SimCards.open("auth-blocked").card)))
                .get(PinKind.AUTH_PIN);
        assertEquals(new PinEntry(PinKind.AUTH_PIN, 0, 3, true, false), auth);
    }
}
