package dev.mynumber.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code GET /metrics}: Prometheus text, no credential, real counts from real operations, no personal data. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MetricsEndpointTest {
    @Test
    void countsOperationsApdusReadersAndBlockedPins() {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.sim.insert(TestAgent.R1, "auth-blocked");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            long before = commands(agent);
            String cardInfo = http.post("/api/v1/readers/" + TestAgent.R0 + "/card-info", "{\"pin\":\"1234\"}").raw()
                    .body();
            long sent = commands(agent) - before;
            assertEquals(423, http.post("/api/v1/readers/" + TestAgent.R1 + "/authenticate",
                    "{\"pin\":\"1234\",\"challenge\":\"AA==\"}").status());

            Http.Reply reply = http.send("GET", "/metrics", null); // no credential
            assertEquals(200, reply.status());
            assertTrue(reply.header("Content-Type").startsWith("text/plain; version=0.0.4"),
                    reply.header("Content-Type"));
            String text = reply.raw().body();
            assertEquals(2.0, value(text, "mynumber_readers"));
            assertEquals(2.0, value(text, "mynumber_cards_present"));
            assertEquals(0.0, value(text, "mynumber_pcsc_available"));
            assertEquals(1.0, value(text, "mynumber_agent_build{java=\"" + System.getProperty("java.version")
                    + "\",version=\"test\"}"));
            assertEquals(1.0,
                    value(text, "mynumber_card_operations_seconds_count{operation=\"card-info\",outcome=\"OK\"}"));
            assertEquals(1.0, value(text,
                    "mynumber_card_operations_seconds_bucket{operation=\"card-info\",outcome=\"OK\",le=\"30.0\"}"));
            assertEquals(1.0, value(text,
                    "mynumber_card_operations_seconds_count{operation=\"authenticate\",outcome=\"PIN_BLOCKED\"}"));
            assertEquals(1.0, value(text, "mynumber_pin_blocked_total{operation=\"authenticate\"}"));
            assertTrue(sent > 5, "card-info sent " + sent);
            assertEquals(sent, value(text, "mynumber_apdus_sent_total{operation=\"card-info\"}"));
            assertFalse(Pattern.compile("[0-9]{12}").matcher(text).find(), "a 12-digit number in the metrics");
            assertFalse(text.contains("Sim 0") || text.contains("試験"), "a reader name or a name in the metrics");
            assertTrue(cardInfo.contains("\"name\""), "control: card-info did read the card");
        });
    }

    @Test
    void hostAndOriginChecksStillApply() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            assertTrue(http.raw("GET", "/metrics", "evil.example:" + server.port()).startsWith("HTTP/1.1 403"));
            assertEquals(403, http.send("GET", "/metrics", null, "Origin", "https://evil.example").status());
            assertEquals(200, http.send("GET", "/metrics", null, "Origin", TestAgent.ALLOWED).status());
        });
    }

    /** The commands in the first reader's APDU log (without its "reset" lines). */
    private static long commands(TestAgent agent) {
        return agent.sim.apduLog(TestAgent.R0).stream().filter(line -> !line.equals("reset")).count();
    }

    /** The value of one sample line. */
    private static double value(String text, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(text);
        assertTrue(m.find(), "no sample " + sample + " in\n" + text);
        return Double.parseDouble(m.group(1));
    }
}
