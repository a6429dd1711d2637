package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Private Network Access preflight is allowed for allow-listed origins only; health carries the API version. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrivateNetworkAccessTest {
    private static final String[] PREFLIGHT = {"Access-Control-Request-Method", "GET",
        "Access-Control-Request-Private-Network", "true"};

    @Test
    void anAllowListedOriginsPreflightIsAllowedToReachThePrivateNetwork() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http.Reply reply = new Http(server.port()).send("OPTIONS", "/api/v1/readers", null,
                    with("Origin", TestAgent.ALLOWED));
            assertEquals(204, reply.status());
            assertEquals("true", reply.header("Access-Control-Allow-Private-Network"));
            assertEquals(TestAgent.ALLOWED, reply.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void anyOtherOriginsPreflightIsRefusedWithoutThePrivateNetworkHeader() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http.Reply reply = new Http(server.port()).send("OPTIONS", "/api/v1/readers", null,
                    with("Origin", "https://evil.example"));
            assertEquals(403, reply.status());
            assertNull(reply.header("Access-Control-Allow-Private-Network"));
            assertNull(reply.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void healthTellsTheApiVersion() {
        JavalinTest.test(new TestAgent().app, (server, client) -> assertEquals(ReaderHandlers.API_VERSION,
                new Http(server.port()).send("GET", "/api/v1/health", null).json().path("apiVersion").asText()));
    }

    private static String[] with(String name, String value) {
        String[] all = java.util.Arrays.copyOf(PREFLIGHT, PREFLIGHT.length + 2);
        all[PREFLIGHT.length] = name;
        all[PREFLIGHT.length + 1] = value;
        return all;
    }
}
