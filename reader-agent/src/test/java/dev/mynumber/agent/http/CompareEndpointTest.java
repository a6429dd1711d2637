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
    void aHeldDateInAnyCommonWritingIsEquivalentAndAnUnreadableOneSaysSo() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http http = new Http(server.port());
            for (String typed : new String[] {"S60.4.12", "昭和60年4月12日", "昭60.4.12", "Ｓ６０．４．１２", "s60/4/12",
                "1985/4/12", "1985年4月12日", "19850412"}) {
                assertEquals("birthDate=EQUIVALENT", birthDate(http, typed), typed);
            }
            assertEquals("birthDate=SAME", birthDate(http, "1985-04-12"));
            assertEquals("birthDate=DIFFERENT", birthDate(http, "S61.4.12"));
            assertEquals("birthDate=UNREADABLE", birthDate(http, "S60.4.31"), "a day that does not exist");
            assertEquals("birthDate=UNREADABLE", birthDate(http, "H64.1.1"), "outside its era");
            assertEquals("birthDate=UNREADABLE", birthDate(http, "四月十二日"));
            assertEquals("birthDate=UNREADABLE", birthDate(http, "昭和60年4月31日"));
            assertEquals("name=NOT_COMPARED address=EQUIVALENT birthDate=NOT_COMPARED sex=NOT_COMPARED",
                    results(http.post("/api/v1/compare", "{" + CARD
                            + ",\"record\":{\"address\":\"東京都千代田区見本町１丁目２番３号\"}}").json()));
        });
    }

    private static String birthDate(Http http, String typed) {
        Http.Reply reply = http.post("/api/v1/compare", "{" + CARD + ",\"record\":{\"birthDate\":\"" + typed + "\"}}");
        String[] all = results(reply.json()).split(" ");
        return all.length > 2 ? all[2] : reply.raw().body();
    }

    @Test
    void badInputIsRefusedWithAStableCode() {
        JavalinTest.test(new TestAgent().app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare", "{" + CARD + "}").code());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare",
                    "{\"card\":{\"birthDate\":\"S60.4.12\"},\"record\":{}}").code(), "the card side is ISO");
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare",
                    "{" + CARD + ",\"record\":{\"sex\":\"男\"}}").code());
            assertEquals("BAD_REQUEST", http.post("/api/v1/compare", "[]").code());
            // and the agent still answers
            assertEquals(200, http.post("/api/v1/compare", "{" + CARD + ",\"record\":{}}").status());
        });
    }
}
