package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The credential store's limits: bounded sessions, expiring pairings. */
class CredentialsTest {
    @Test
    void onlyTheNewestSessionsStayValid() {
        Credentials c = new Credentials("native", Clock.systemUTC());
        String first = c.newSession();
        for (int i = 0; i < Credentials.MAX_SESSIONS; i++) {
            c.newSession();
        }
        String last = c.newSession();
        assertTrue(c.authenticate(first, null).isEmpty());
        assertEquals(Principal.Kind.OWN_PAGE, c.authenticate(last, null).orElseThrow().kind());
        assertEquals(Principal.Kind.NATIVE, c.authenticate("native", null).orElseThrow().kind());
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
