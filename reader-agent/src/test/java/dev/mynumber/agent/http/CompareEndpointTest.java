package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/compare}: field-by-field results, bad input refused with a stable code; fictional values. */
class CompareEndpointTest {
    private static final String CARD = "\"card\":{\"name\":\"試験　太郎\",\"address\":\"東京都千代田区見本町１－２－３\","
            + "\"birthDate\":\"1985-04-12\",\"sex\":\"MALE\"}";

    private static String results(JsonNode reply) {
        StringBuilder out = new StringBuilder();
        reply.path("fields").forEach(f -> out.append(f.path("field").asText()).append('=')
                .append(f.path("result").asText()).append(' '));
        return out.toString().trim();
    }

    @Test
    void comparesEachFieldWithWidthAndSpaceTolerance() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply same = http.post("/api/v1/compare", "{" + CARD + ",\"record\":{\"name\":\"試験　太郎\","
                    + "\"address\":\"東京都千代田区見本町1-2-3\",\"birthDate\":\"1985-04-12\",\"sex\":\"FEMALE\"}}");
            assertEquals(200, same.status());
            assertEquals("name=SAME address=EQUIVALENT birthDate=SAME sex=DIFFERENT", results(same.json()));
            Http.Reply partial = http.post("/api/v1/compare", "{" + CARD + ",\"record\":{\"name\":\"試験 次郎\"}}");
            assertEquals("name=DIFFERENT address=NOT_COMPARED birthDate=NOT_COMPARED sex=NOT_COMPARED",
                    results(partial.json()));
        });
    }

    @Test
    void badInputIsRefusedWithAStableCode() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare", "{" + CARD + "}").code());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare",
                    "{" + CARD + ",\"record\":{\"birthDate\":\"昭和60年4月12日\"}}").code());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare",
                    "{" + CARD + ",\"record\":{\"sex\":\"男\"}}").code());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare", "[]").code());
            // and the agent still answers
            assertEquals(200, http.post("/api/v1/compare", "{" + CARD + ",\"record\":{}}").status());
        });
    }
}
