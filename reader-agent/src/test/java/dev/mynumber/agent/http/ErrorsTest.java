package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Every error code the card endpoints give, with its status, and lockout rules end to end. */
class ErrorsTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;

    private static TestAgent adult(TestAgent agent) {
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        return agent;
    }

    private static long verifiesWithData(TestAgent agent) {
        return agent.sim.apduLog(TestAgent.R0).stream()
                .filter(e -> e.startsWith("002000") && e.contains("masked]") && !e.startsWith("00200000")).count();
    }

    @Test
    void lockoutRulesEndToEnd() {
        TestAgent agent = adult(new TestAgent());
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            String wrong = "{\"pin\":\"9999\",\"challenge\":\"AAEC\"}";
            Http.Reply first = http.post(R + "/authenticate", wrong);
            assertEquals(422, first.status(), first.raw().body());
            assertEquals("WRONG_PIN", first.code());
            assertEquals(2, first.json().path("triesLeft").asInt());
            assertEquals(1, http.post(R + "/authenticate", wrong).json().path("triesLeft").asInt());
            long verifies = verifiesWithData(agent);
            Http.Reply refused = http.post(R + "/authenticate", wrong);
            assertEquals(428, refused.status());
            assertEquals("LAST_TRY_NOT_CONFIRMED", refused.code());
            assertEquals(1, refused.json().path("triesLeft").asInt());
            assertEquals(verifies, verifiesWithData(agent), "no VERIFY may be sent without confirmation");
            Http.Reply blocked = http.post(R + "/authenticate",
                    "{\"pin\":\"9999\",\"challenge\":\"AAEC\",\"confirmLastTry\":true}");
            assertEquals(423, blocked.status());
            assertEquals("PIN_BLOCKED", blocked.code());
            assertTrue(blocked.json().path("hint").asText().contains("municipal office"));
            Http.Reply again = http.post(R + "/authenticate",
                    "{\"pin\":\"1234\",\"challenge\":\"AAEC\",\"confirmLastTry\":true}");
            assertEquals("PIN_BLOCKED", again.code());
            assertTrue(agent.seen.stream().filter(e -> e.type().equals("pin-status")).count() >= 4);
        });
    }

    @Test
    void malformedSecretsNeverReachTheCard() {
        TestAgent agent = adult(new TestAgent());
        int before = agent.apdus(TestAgent.R0);
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (String body : List.of("{\"pin\":\"12a4\",\"challenge\":\"AAEC\"}",
                    "{\"pin\":\"12345\",\"challenge\":\"AAEC\"}",
                    "{\"challenge\":\"AAEC\"}", "{\"pin\":1234,\"challenge\":\"AAEC\"}")) {
                Http.Reply r = http.post(R + "/authenticate", body);
                assertEquals(400, r.status(), body);
                assertEquals("INVALID_PIN_FORMAT", r.code(), body);
            }
            assertEquals("INVALID_PIN_FORMAT",
                    http.post(R + "/sign", "{\"password\":\"abc\",\"data\":\"AA==\"}").code());
            assertEquals("INVALID_PIN_FORMAT", http.post(R + "/card-info",
                    "{\"codeB\":{\"yymmdd\":\"021399\",\"expiryYear\":2030,\"securityCode\":\"1234\"}}").code());
            assertEquals("INVALID_PIN_FORMAT", http.post(R + "/certificates/sign", "{\"password\":\"ABCDEF\"}").code());
        });
        assertEquals(before, agent.apdus(TestAgent.R0));
    }

    @Test
    void badRequestsAndMissingThings() {
        TestAgent agent = adult(new TestAgent());
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals("BAD_REQUEST", http.post(R + "/card-info", "not json").code());
            assertEquals("BAD_REQUEST", http.post(R + "/card-info", "{}").code());
            assertEquals("BAD_REQUEST", http.post(R + "/authenticate", "{\"pin\":\"1234\"}").code());
            assertEquals("BAD_REQUEST", http.post(R + "/sign",
                    "{\"password\":\"ABC123\",\"data\":\"AA==\",\"format\":\"XML\"}").code());
            Http.Reply noReader = http.get("/api/v1/readers/nope/pin-status");
            assertEquals(404, noReader.status());
            assertEquals("NO_READER", noReader.code());
            Http.Reply noCard = http.get("/api/v1/readers/" + TestAgent.R1 + "/pin-status");
            assertEquals(409, noCard.status());
            assertEquals("NO_CARD", noCard.code());
            Http.Reply notFound = http.get("/api/v1/nothing-here");
            assertEquals(404, notFound.status());
            assertEquals("NOT_FOUND", notFound.code());
        });
    }

    @Test
    void simulatorEndpointsOnlyInSimulatorMode() {
        TestAgent agent = new TestAgent(Duration.ofSeconds(2), Duration.ofSeconds(30), false);
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).get("/api/v1/simulator/personas");
            assertEquals(404, r.status());
            assertEquals("SIMULATOR_ONLY", r.code());
        });
    }

    @Test
    void cardRemovedMidOperationThenNextRequestWorks() {
        TestAgent agent = adult(new TestAgent());
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            assertEquals(204,
                    http.post("/api/v1/simulator/readers/sim-0/faults", "{\"plan\":\"remove-at:3\"}").status());
            Http.Reply removed = http.get(R + "/pin-status");
            assertEquals(409, removed.status(), removed.raw().body());
            assertEquals("CARD_REMOVED", removed.code());
            assertEquals("NO_CARD", http.get(R + "/pin-status").code());
            assertEquals(201, http.post("/api/v1/simulator/readers/sim-0/card", "{\"persona\":\"adult\"}").status());
            assertEquals(200, http.get(R + "/pin-status").status());
        });
    }

    @Test
    void busyWhenTheReaderIsTaken() {
        TestAgent agent = adult(new TestAgent(Duration.ofMillis(50), Duration.ofSeconds(30), true));
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            http.post("/api/v1/simulator/readers/sim-0/faults", "{\"plan\":\"delay-at:1=800ms\"}");
            CompletableFuture<Http.Reply> slow = CompletableFuture
                    .supplyAsync(() -> http.get(R + "/certificates/auth"));
            awaitBusy(agent);
            Http.Reply busy = http.get(R + "/certificates/auth");
            assertEquals(409, busy.status());
            assertEquals("BUSY", busy.code());
            assertEquals(200, slow.get().status());
            assertEquals(200, http.get(R + "/certificates/auth").status());
        });
    }

    @Test
    void timeoutThenTheReaderRecovers() {
        TestAgent agent = adult(new TestAgent(Duration.ofSeconds(3), Duration.ofMillis(300), true));
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            http.post("/api/v1/simulator/readers/sim-0/faults", "{\"plan\":\"delay-at:1=1s\"}");
            Http.Reply slow = http.get(R + "/certificates/auth");
            assertEquals(504, slow.status());
            assertEquals("TIMEOUT", slow.code());
            assertEquals(200, http.get(R + "/certificates/auth").status());
        });
    }

    @Test
    void readersWorkInParallel() {
        TestAgent agent = adult(new TestAgent());
        agent.sim.insert(TestAgent.R1, "adult");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            http.post("/api/v1/simulator/readers/sim-0/faults", "{\"plan\":\"delay-at:1=700ms\"}");
            http.post("/api/v1/simulator/readers/sim-1/faults", "{\"plan\":\"delay-at:1=700ms\"}");
            long start = System.nanoTime();
            CompletableFuture<Http.Reply> a = CompletableFuture.supplyAsync(() -> http.get(R + "/certificates/auth"));
            CompletableFuture<Http.Reply> b = CompletableFuture.supplyAsync(
                    () -> http.get("/api/v1/readers/" + TestAgent.R1 + "/certificates/auth"));
            assertEquals(200, a.get().status());
            assertEquals(200, b.get().status());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_350, "two 700 ms operations on two readers must overlap, took " + millis);
        });
    }

    @Test
    void readerVanishingMidOperation() {
        TestAgent agent = adult(new TestAgent());
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            http.post("/api/v1/simulator/readers/sim-0/faults", "{\"plan\":\"vanish-at:2\"}");
            Http.Reply gone = http.get(R + "/pin-status");
            assertEquals("CARD_REMOVED", gone.code(), gone.raw().body());
            agent.settle();
            assertEquals("NO_READER", http.get(R + "/pin-status").code());
            assertEquals("NO_CARD", http.get("/api/v1/readers/" + TestAgent.R1 + "/certificates/auth").code(),
                    "the other reader still answers");
        });
    }

    /** Waits until the reader reports the slow operation as running (the state the BUSY assertion needs). */
    private static void awaitBusy(TestAgent agent) {
        dev.mynumber.agent.support.Await.until("the slow operation to start", java.time.Duration.ofSeconds(5),
                () -> agent.readers.readers().stream().anyMatch(r -> r.id().equals("sim-0") && r.busy()));
    }
}
