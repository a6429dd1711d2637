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

    @Test
    void everyReasonCodeIsDocumented() throws Exception {
        JsonNode schemas = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                OpenApiTest.class.getResourceAsStream("/dev/mynumber/agent/openapi.json")).path("components")
                .path("schemas");
        assertEquals(java.util.Arrays.stream(dev.mynumber.card.verify.CheckReason.values()).map(Enum::name).toList(),
                java.util.stream.StreamSupport.stream(schemas.path("CheckReason").path("enum").spliterator(), false)
                        .map(JsonNode::asText).toList());
        assertEquals(java.util.Arrays.stream(dev.mynumber.card.verify.VerdictReason.values()).map(Enum::name).toList(),
                java.util.stream.StreamSupport.stream(schemas.path("VerdictReason").path("enum").spliterator(), false)
                        .map(JsonNode::asText).toList());
    }

    @Test
    void realResponsesHaveOnlyDocumentedFields() {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            JsonNode doc = http.send("GET", "/api/v1/openapi.json", null).json();
            String r = "/api/v1/readers/" + TestAgent.R0;
            conforms(doc, "PinStatusReport", http.get(r + "/pin-status").json());
            conforms(doc, "CardInfo", http.post(r + "/card-info", "{\"pin\":\"1234\"}").json());
            conforms(doc, "Certificate", http.get(r + "/certificates/auth").json());
            conforms(doc, "Certificate", http.post(r + "/certificates/sign", "{\"password\":\"ABC123\"}").json());
            conforms(doc, "AuthResult",
                    http.post(r + "/authenticate", "{\"pin\":\"1234\",\"challenge\":\"AA==\"}").json());
            conforms(doc, "AuthResult", http.post(r + "/authenticate", "{\"pin\":\"1234\",\"nonce\":\""
                    + java.util.Base64.getEncoder().encodeToString(new byte[32])
                    + "\",\"origin\":\"https://kiosk.example.jp\"}").json());
            conforms(doc, "SignResult", http.post(r + "/sign",
                    "{\"password\":\"ABC123\",\"data\":\"AA==\",\"format\":\"CMS\"}").json());
            conforms(doc, "Error", http.get(r + "/nothing").json());
            conforms(doc, "DoctorReport", http.get("/api/v1/doctor").json());
        });
    }

    /** Every field of the value is declared in the schema, recursively; enums hold the value. */
    private static void conforms(JsonNode doc, String name, JsonNode value) {
        check(doc, doc.path("components").path("schemas").path(name), value, name);
    }

    private static void check(JsonNode doc, JsonNode schema, JsonNode value, String where) {
        if (schema.has("allOf")) {
            // a nullable reference: {"allOf": [{"$ref": ...}], "nullable": true}
            check(doc, schema.path("allOf").get(0), value, where);
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            check(doc, doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)), value,
                    where);
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.path("enum")) {
                listed |= e.asText().equals(value.asText());
            }
            assertTrue(listed, where + ": " + value.asText() + " not in the documented enum");
        }
        if (value.isObject() && schema.has("properties")) {
            value.fieldNames().forEachRemaining(field -> {
                assertTrue(schema.path("properties").has(field), "undocumented field " + where + "." + field);
                check(doc, schema.path("properties").path(field), value.path(field), where + "." + field);
            });
        }
        if (value.isArray() && schema.has("items")) {
            value.forEach(item -> check(doc, schema.path("items"), item, where + "[]"));
        }
    }
}
