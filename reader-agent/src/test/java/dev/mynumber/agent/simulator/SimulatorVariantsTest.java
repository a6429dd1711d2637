package dev.mynumber.agent.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.variant.Variants;
import io.javalin.testtools.JavalinTest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Simulated cards that play card and reader variants: the in-JVM API and the insert endpoint. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SimulatorVariantsTest {
    private static final String SIM = "/api/v1/simulator/readers/" + TestAgent.R0;
    /** SELECT by a 9-byte prefix of the JPKI AID: 9000 by default, 6A82 with {@code no-partial-aid}. */
    private static final byte[] PARTIAL_SELECT = HexFormat.of().parseHex("00A4040C09D392F0002601000000");

    @Test
    void insertPlaysTheVariantsGivenAndResetCountersKeepsThem() {
        TestAgent agent = new TestAgent();
        ApduLog card = agent.sim.insert(TestAgent.R0, "adult", Variants.parse("no-partial-aid"));
        assertEquals("6A82", sw(card.transmit(PARTIAL_SELECT)));
        assertEquals("9000", sw(agent.sim.insert(TestAgent.R0, "adult").transmit(PARTIAL_SELECT)), "default");
    }

    @Test
    void theInsertEndpointTakesAnOptionalVariantList() {
        TestAgent agent = new TestAgent();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply ok = http.post(SIM + "/card", "{\"persona\":\"adult\",\"variants\":\"short-apdu,sign-once\"}");
            assertEquals(201, ok.status(), ok.raw().body());
            assertEquals("sign-once,short-apdu", ok.json().path("variants").asText());
            assertEquals("sign-once,short-apdu",
                    http.get("/api/v1/simulator/readers").json().path("readers").get(0).path("variants").asText());
            assertEquals(204, http.post(SIM + "/reset-counters", "{}").status());
            assertEquals("sign-once,short-apdu",
                    http.get("/api/v1/simulator/readers").json().path("readers").get(0).path("variants").asText());
            Http.Reply bad = http.post(SIM + "/card", "{\"persona\":\"adult\",\"variants\":\"bogus\"}");
            assertEquals("BAD_REQUEST", bad.code());
            assertTrue(bad.raw().body().contains("VARIANT_UNKNOWN"), bad.raw().body());
            assertEquals("BAD_REQUEST", http.post(SIM + "/card",
                    "{\"persona\":\"adult\",\"variants\":\"ca-2015,ca-2023\"}").code());
            assertEquals("BAD_REQUEST", http.post(SIM + "/card", "{\"persona\":\"adult\",\"variants\":[1]}").code());
            assertEquals("sign-once,short-apdu", http.get("/api/v1/simulator/readers").json().path("readers").get(0)
                    .path("variants").asText(), "a refused insert leaves the card in place");
        });
    }

    private static String sw(byte[] r) {
        return HexFormat.of().withUpperCase().formatHex(r, r.length - 2, r.length);
    }
}
