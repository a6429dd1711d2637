package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.ForeignCard;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** Host, Origin and credential checks: refused before any APDU, with the documented codes. */
class GuardsTest {
    private static final String PIN_STATUS = "/api/v1/readers/" + TestAgent.R0 + "/pin-status";

    private TestAgent agentWithCard(ForeignCard card) {
        TestAgent agent = new TestAgent();
        agent.sim.insertCard(TestAgent.R0, card);
        agent.settle();
        return agent;
    }

    @Test
    void badHostIsRefusedWithoutApdu() {
        ForeignCard card = new ForeignCard();
        TestAgent agent = agentWithCard(card);
        int before = agent.apdus(TestAgent.R0);
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            String reply = http.raw("GET", PIN_STATUS, "attacker.example:" + server.port(),
                    "Authorization", "Bearer " + TestAgent.TOKEN);
            assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
            assertTrue(reply.contains("\"code\":\"FORBIDDEN_HOST\""), reply);
            String wrongPort = http.raw("GET", "/api/v1/health", "127.0.0.1:1");
            assertTrue(wrongPort.contains("FORBIDDEN_HOST"), wrongPort);
            assertTrue(http.raw("GET", "/api/v1/health", "127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
        });
        assertEquals(before, agent.apdus(TestAgent.R0));
    }

    @Test
    void foreignOriginIsRefusedEvenWithToken() {
        ForeignCard card = new ForeignCard();
        TestAgent agent = agentWithCard(card);
        int before = agent.apdus(TestAgent.R0);
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).send("GET", PIN_STATUS, null,
                    "Authorization", "Bearer " + TestAgent.TOKEN, "Origin", "https://evil.example");
            assertEquals(403, r.status());
            assertEquals("FORBIDDEN_ORIGIN", r.code());
            assertNull(r.header("Access-Control-Allow-Origin"));
            Http.Reply post = new Http(server.port()).send("POST", "/api/v1/readers/sim-0/card-info",
                    "{\"pin\":\"1234\"}", "Origin", "null");
            assertEquals("FORBIDDEN_ORIGIN", post.code());
            Http.Reply crossSite = new Http(server.port()).send("GET", PIN_STATUS, null,
                    "Authorization", "Bearer " + TestAgent.TOKEN, "Sec-Fetch-Site", "cross-site");
            assertEquals("FORBIDDEN_ORIGIN", crossSite.code());
        });
        assertEquals(before, agent.apdus(TestAgent.R0));
    }

    @Test
    void missingOrWrongCredentialIsRefused() {
        ForeignCard card = new ForeignCard();
        TestAgent agent = agentWithCard(card);
        int before = agent.apdus(TestAgent.R0);
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply none = http.send("GET", PIN_STATUS, null);
            assertEquals(401, none.status());
            assertEquals("UNAUTHORIZED", none.code());
            assertEquals("UNAUTHORIZED", http.send("GET", PIN_STATUS, null, "Authorization", "Bearer nope").code());
            assertEquals("UNAUTHORIZED", http.send("POST", "/api/v1/readers/sim-0/authenticate",
                    "{\"pin\":\"1234\",\"challenge\":\"AAEC\"}").code());
            assertEquals("UNAUTHORIZED", http.send("GET", "/api/v1/readers", null).code());
            assertEquals("UNAUTHORIZED", http.send("GET", "/api/v1/simulator/personas", null).code());
        });
        assertEquals(before, agent.apdus(TestAgent.R0));
    }

    /**
     * Jetty's per-connection header cache matched header lines case-insensitively: after {@code Bearer t} a
     * token starting with {@code T} on the same keep-alive connection was read as the cached wrong value (the
     * cause of the AccessTest flake: a session token starting with X after the test's {@code Bearer x}).
     */
    @Test
    void aTokenIsReadExactlyAfterASimilarWrongOneOnTheSameConnection() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            String flipped = TestAgent.TOKEN.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
            for (int i = 0; i < 3; i++) {
                assertEquals("UNAUTHORIZED", http.send("GET", "/api/v1/readers", null,
                        "Authorization", "Bearer " + flipped).code());
                assertEquals(200, http.get("/api/v1/readers").status(), "the valid token after a similar wrong one");
            }
        });
    }

    @Test
    void healthAndOpenApiNeedNoCredential() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply health = new Http(server.port()).send("GET", "/api/v1/health", null);
            assertEquals(200, health.status());
            assertEquals("test", health.json().path("version").asText());
            assertEquals(2, health.json().path("readers").asInt());
            assertEquals("disabled", health.json().path("pcsc").asText());
            assertEquals("no-store", health.header("Cache-Control"));
            assertEquals(200, new Http(server.port()).send("GET", "/api/v1/openapi.json", null).status());
        });
    }

    @Test
    void allowListedOriginGetsCorsHeadersButStillNeedsACredential() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply r = http.send("GET", "/api/v1/readers", null, "Origin", TestAgent.ALLOWED);
            assertEquals("UNAUTHORIZED", r.code());
            assertEquals(TestAgent.ALLOWED, r.header("Access-Control-Allow-Origin"));
            Http.Reply preflight = http.send("OPTIONS", "/api/v1/readers", null, "Origin", TestAgent.ALLOWED,
                    "Access-Control-Request-Method", "GET");
            assertEquals(204, preflight.status());
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains("Authorization"));
            Http.Reply own = http.send("GET", "/api/v1/health", null, "Origin", "http://localhost:" + server.port());
            assertEquals(200, own.status());
            assertNull(own.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void ownPairingPageIsServedUnframeableAndBehindTheHostCheck() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply page = http.send("GET", "/agent/pairing.html", null);
            assertEquals(200, page.status());
            assertTrue(page.raw().body().contains("/api/v1/session"));
            assertEquals("DENY", page.header("X-Frame-Options"));
            assertTrue(http.raw("GET", "/agent/pairing.html", "rebound.example:" + server.port())
                    .contains("FORBIDDEN_HOST"));
        });
    }
}
