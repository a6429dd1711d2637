package dev.mynumber.agent.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.Main;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The doctor at {@code GET /api/v1/doctor} (credential needed) and as {@code reader-agent doctor}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DoctorEndpointTest {
    @Test
    void theEndpointNeedsTheCredentialAndListsReadersAndRecentErrors() {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals("UNAUTHORIZED", http.send("GET", "/api/v1/doctor", null).code());
            http.post("/api/v1/readers/" + TestAgent.R0 + "/card-info", "{\"pin\":\"9999\"}");
            JsonNode report = http.get("/api/v1/doctor").json();
            assertEquals("Sim 0", report.path("readers").path(0).path("name").asText());
            assertEquals("SUPPORTED", report.path("readers").path(0).path("extendedLength").path("status").asText());
            assertEquals("WRONG_PIN", report.path("recentErrors").path(0).path("outcome").asText());
        });
    }

    @Test
    void theCommandExaminesTheSimulatedReadersWhenNoAgentRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new Main()).execute("doctor", "--simulator");
        } finally {
            System.setOut(original);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("- Simulated Reader 0 (simulated)"), text);
        assertTrue(text.contains("ATR: " + DoctorTest.JPKI_ATR), text);
        assertTrue(text.contains("extended length: SUPPORTED"), text);
    }
}
