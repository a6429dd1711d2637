package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** Own-page sessions and the pairing of allow-listed origins (docs/security.md). */
@org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
class AccessTest {
    @Test
    void pairingFloodsAreRateLimitedWithRetryAfter() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            int accepted = 0;
            int limited = 0;
            for (int i = 0; i < 300; i++) {
                Http.Reply r = http.send("POST", "/api/v1/pairing", "{}", "Origin", TestAgent.ALLOWED);
                if (r.status() == 201) {
                    accepted++;
                    continue;
                }
                assertEquals(429, r.status(), r.raw().body());
                assertEquals("RATE_LIMITED", r.code());
                assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1);
                limited++;
            }
            assertEquals(Pairings.MAX_PENDING_PER_ORIGIN, accepted);
            assertEquals(300 - accepted, limited);
            String own = "http://localhost:" + server.port();
            String session = http.send("GET", "/api/v1/session", null, "Origin", own).json().path("token").asText();
            assertEquals(Pairings.MAX_PENDING_PER_ORIGIN, http.send("GET", "/api/v1/pairing", null, "Origin", own,
                    "Authorization", "Bearer " + session).json().size());
        });
    }

    @Test
    void sessionOnlyForTheAgentsOwnPages() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals("FORBIDDEN_ORIGIN", http.send("GET", "/api/v1/session", null).code());
            assertEquals("FORBIDDEN_ORIGIN", http.send("GET", "/api/v1/session", null,
                    "Origin", TestAgent.ALLOWED).code());
            assertEquals("FORBIDDEN_ORIGIN", http.send("GET", "/api/v1/session", null,
                    "Origin", "https://evil.example").code());
            Http.Reply own = http.send("GET", "/api/v1/session", null, "Sec-Fetch-Site", "same-origin");
            assertEquals(200, own.status());
            String token = own.json().path("token").asText();
            assertEquals(200, http.send("GET", "/api/v1/readers", null, "Authorization", "Bearer " + token).status());
        });
    }

    @Test
    void pairingNeedsConfirmationInTheAgentsPage() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            String own = "http://localhost:" + server.port();
            assertEquals("FORBIDDEN_ORIGIN", http.send("POST", "/api/v1/pairing", "{}",
                    "Origin", "https://evil.example").code());
            assertEquals("FORBIDDEN_ORIGIN", http.send("POST", "/api/v1/pairing", "{}").code());
            Http.Reply started = http.send("POST", "/api/v1/pairing", "{}", "Origin", TestAgent.ALLOWED);
            assertEquals(201, started.status());
            String id = started.json().path("id").asText();
            String code = started.json().path("code").asText();
            assertEquals(6, code.length());
            String tokenPath = "/api/v1/pairing/" + id + "/token";
            assertEquals(202, http.send("GET", tokenPath, null, "Origin", TestAgent.ALLOWED).status());
            String confirm = "/api/v1/pairing/" + id + "/confirm";
            assertEquals("UNAUTHORIZED", http.send("POST", confirm, "{}",
                    "Origin", TestAgent.ALLOWED, "Authorization", "Bearer x").code());
            assertEquals("UNAUTHORIZED", http.post(confirm, "{}").code(), "the native token cannot confirm");
            String session = http.send("GET", "/api/v1/session", null, "Origin", own).json().path("token").asText();
            JsonNode pending = http.send("GET", "/api/v1/pairing", null, "Origin", own,
                    "Authorization", "Bearer " + session).json();
            assertEquals(code, pending.get(0).path("code").asText());
            assertEquals(200, http.send("POST", confirm, "{}", "Origin", own,
                    "Authorization", "Bearer " + session).status());
            assertEquals("FORBIDDEN_ORIGIN", http.send("GET", tokenPath, null, "Origin", "https://other.example.jp")
                    .code());
            assertEquals("NOT_FOUND", http.send("GET", tokenPath, null).code(), "only the pairing origin collects");
            Http.Reply collected = http.send("GET", tokenPath, null, "Origin", TestAgent.ALLOWED);
            assertEquals(200, collected.status());
            String paired = collected.json().path("token").asText();
            assertFalse(paired.isEmpty());
            assertEquals(404, http.send("GET", tokenPath, null, "Origin", TestAgent.ALLOWED).status(), "once only");
            Http.Reply use = http.send("GET", "/api/v1/readers", null, "Origin", TestAgent.ALLOWED,
                    "Authorization", "Bearer " + paired);
            assertEquals(200, use.status());
            assertEquals(TestAgent.ALLOWED, use.header("Access-Control-Allow-Origin"));
            assertEquals("UNAUTHORIZED", http.send("GET", "/api/v1/readers", null,
                    "Authorization", "Bearer " + paired).code(), "a paired token works only from its origin");
            assertTrue(http.send("GET", "/api/v1/pairing", null, "Origin", own,
                    "Authorization", "Bearer " + session).json().isEmpty());
        });
    }
}
