package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simulator control over HTTP: personas, swap, reset counters, APDU log, bad input. */
class SimulatorEndpointsTest {
    private static final String SIM = "/api/v1/simulator/readers/" + TestAgent.R0;
    private static final String R = "/api/v1/readers/" + TestAgent.R0;

    @Test
    void personasSwapResetAndLog() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            List<String> ids = new ArrayList<>();
            http.get("/api/v1/simulator/personas").json().path("personas").forEach(p -> ids.add(p.path("id").asText()));
            assertTrue(ids.containsAll(List.of("adult", "child", "auth-blocked")), ids.toString());
            assertEquals("NOT_FOUND", http.post(SIM + "/card", "{\"persona\":\"nobody\"}").code());
            assertEquals(201, http.post(SIM + "/card", "{\"persona\":\"child\"}").status());
            agent.settle();
            Http.Reply child = http.post(R + "/certificates/sign", "{\"password\":\"ABC123\"}");
            assertEquals("UNSUPPORTED_CARD", child.code(), child.raw().body());
            http.post(SIM + "/card", "{\"persona\":\"auth-blocked\"}");
            agent.settle();
            assertEquals("PIN_BLOCKED", http.post(R + "/authenticate",
                    "{\"pin\":\"1234\",\"challenge\":\"AAEC\",\"confirmLastTry\":true}").code());
            http.post(SIM + "/card", "{\"persona\":\"adult\"}");
            agent.settle();
            assertEquals(2, http.post(R + "/authenticate", "{\"pin\":\"0000\",\"challenge\":\"AAEC\"}")
                    .json().path("triesLeft").asInt());
            assertEquals(204, http.post(SIM + "/reset-counters", "{}").status());
            agent.settle();
            JsonNode pins = http.get(R + "/pin-status").json().path("pins");
            assertEquals(3, pins.get(0).path("triesLeft").asInt());
            List<String> log = new ArrayList<>();
            http.get(SIM + "/apdu-log").json().path("entries").forEach(e -> log.add(e.asText()));
            assertTrue(log.contains("reset"), log.toString());
            JsonNode readers = http.get("/api/v1/simulator/readers").json().path("readers");
            assertEquals("adult", readers.get(0).path("persona").asText());
            assertEquals("BAD_REQUEST", http.post(SIM + "/faults", "{\"plan\":\"explode-at:1\"}").code());
            assertEquals("BAD_REQUEST", http.post(SIM + "/card", "{}").code());
            assertEquals("NO_READER",
                    http.post("/api/v1/simulator/readers/nope/card", "{\"persona\":\"adult\"}").code());
        });
    }
}
