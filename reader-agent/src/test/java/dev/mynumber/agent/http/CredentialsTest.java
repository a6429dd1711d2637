package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.operation.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The credential store's limits: bounded sessions, expiring pairings. */
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS)
class CredentialsTest {
    private static final String ORIGIN = "https://kiosk.example.jp";

    @Test
    void pairingRequestsAreCappedAndRateLimited() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        Credentials c = new Credentials("native", clock);
        int accepted = 0;
        int limited = 0;
        for (int i = 0; i < 3000; i++) {
            clock.now = start.plusMillis(i);
            try {
                c.startPairing(ORIGIN);
                accepted++;
            } catch (dev.mynumber.agent.AgentException e) {
                assertEquals(dev.mynumber.agent.AgentCode.RATE_LIMITED, e.code());
                limited++;
            }
        }
        assertEquals(Pairings.MAX_PENDING_PER_ORIGIN, accepted);
        assertEquals(3000 - accepted, limited);
        assertEquals(Pairings.MAX_PENDING_PER_ORIGIN, c.pending().size());
        assertTrue(c.retryAfterSeconds(ORIGIN) > 0 && c.retryAfterSeconds(ORIGIN) <= 300);
        clock.now = start.plus(Credentials.PAIRING_TTL).plusSeconds(5);
        assertEquals(0, c.pending().size(), "expired pairings free their places");
        c.startPairing(ORIGIN);
        assertEquals(1, c.pending().size());
    }

    @Test
    void requestsOverTheRateAreRefusedEvenWhenPlacesAreFree() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        Credentials c = new Credentials("native", clock);
        int accepted = 0;
        for (int i = 0; i < 100; i++) {
            clock.now = start.plusMillis(10L * i);
            try {
                Pairing p = c.startPairing(ORIGIN);
                c.confirm(p.id());
                c.collect(p.id(), ORIGIN);
                accepted++;
            } catch (dev.mynumber.agent.AgentException e) {
                assertEquals(dev.mynumber.agent.AgentCode.RATE_LIMITED, e.code());
            }
        }
        assertEquals(Pairings.MAX_STARTS_PER_WINDOW, accepted);
        clock.now = start.plus(Pairings.WINDOW).plusSeconds(2);
        assertTrue(c.startPairing(ORIGIN).id().length() > 0, "allowed again after the window");
    }

    @Test
    void aConfirmedPairingExpiresTooIfNobodyCollectsIt() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        Credentials c = new Credentials("native", clock);
        Pairing p = c.startPairing(ORIGIN);
        c.confirm(p.id());
        clock.now = start.plus(Credentials.PAIRING_TTL).plusSeconds(1);
        dev.mynumber.agent.AgentException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.mynumber.agent.AgentException.class, () -> c.collect(p.id(), ORIGIN));
        assertEquals(dev.mynumber.agent.AgentCode.NOT_FOUND, e.code());
    }

    @Test
    void onlyTheNewestSessionsStayValid() {
        Credentials c = new Credentials("native", Clock.systemUTC());
        String first = c.newSession();
        for (int i = 0; i < Credentials.MAX_SESSIONS; i++) {
            c.newSession();
        }
        String last = c.newSession();
        assertTrue(c.authenticate(first, null).isEmpty());
        assertEquals(Caller.Kind.OWN_PAGE, c.authenticate(last, null).orElseThrow().kind());
        assertEquals(Caller.Kind.NATIVE, c.authenticate("native", null).orElseThrow().kind());
    }

    @Test
    void unconfirmedPairingsExpire() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        Credentials c = new Credentials("native", clock);
        c.startPairing("https://kiosk.example.jp");
        assertEquals(1, c.pending().size());
        clock.now = start.plus(Credentials.PAIRING_TTL).plus(Duration.ofSeconds(1));
        assertEquals(0, c.pending().size());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
