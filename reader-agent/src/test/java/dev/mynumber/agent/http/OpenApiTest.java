package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.apdu.ErrorCode;
import io.javalin.testtools.JavalinTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document covers every registered route and every error code. */
class OpenApiTest {
    @Test
    void everyRouteAndErrorCodeIsDocumented() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode doc = new Http(server.port()).send("GET", "/api/v1/openapi.json", null).json();
            assertEquals("3.0.3", doc.path("openapi").asText());
            assertFalse(agent.factory.routes().isEmpty());
            for (String route : agent.factory.routes()) {
                String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
                String path = route.substring(route.indexOf(' ') + 1).substring("/api/v1".length());
                assertTrue(doc.path("paths").path(path).has(method), "undocumented route: " + route);
            }
            Set<String> documented = new HashSet<>();
            doc.path("components").path("schemas").path("Error").path("properties").path("code").path("enum")
                    .forEach(n -> documented.add(n.asText()));
            for (ErrorCode code : ErrorCode.values()) {
                assertTrue(documented.contains(code.name()), "undocumented code " + code);
            }
            for (AgentCode code : AgentCode.values()) {
                assertTrue(documented.contains(code.name()), "undocumented code " + code);
            }
        });
    }
}
