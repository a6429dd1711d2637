package dev.mynumber.agent.attack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.RawHttp;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The attack matrix and HTTP fuzzing of the local API: every case ({@link AttackCases}, and seeded mutants of
 * valid bodies from {@link JsonMutations}) is refused with a 4xx {@code {code, message}} JSON answer, none is
 * answered 5xx, and the counting transports prove no card was opened and no APDU sent, case by case.
 *
 * <p>Seed: {@code -Dattack.seed=N} (default {@value #DEFAULT_SEED}); mutants per endpoint:
 * {@code -Dattack.mutants=N} (default {@value #DEFAULT_MUTANTS}).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AttackMatrixTest {
    /** A second allow-listed origin, for a paired token used from the wrong one. */
    static final String OTHER = "https://other.example.jp";
    static final long DEFAULT_SEED = 20261203L;
    static final int DEFAULT_MUTANTS = 150;

    @Test
    void everyAttackIsRefusedWithoutTouchingTheReader() {
        long seed = Long.getLong("attack.seed", DEFAULT_SEED);
        int mutants = Integer.getInteger("attack.mutants", DEFAULT_MUTANTS);
        TestAgent agent = new TestAgent(AgentConfig.defaults().withAllowedOrigins(List.of(TestAgent.ALLOWED, OTHER)));
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        List<String> failures = new ArrayList<>();
        int[] counts = new int[3];
        int opensAtStart = agent.transports.opens();
        int commandsAtStart = agent.transports.commands();
        int[] control = new int[2];
        java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
        JavalinTest.test(agent.app, (server, client) -> {
            int port = server.port();
            String paired = pair(new Http(port), port);
            List<AttackCases.Case> cases = new ArrayList<>(new AttackCases(port, TestAgent.TOKEN, paired).all());
            counts[0] = cases.size();
            JsonMutations mutations = new JsonMutations(seed);
            for (AttackCases.Target t : AttackCases.targets()) {
                if (t.body() == null) {
                    continue;
                }
                for (byte[] body : mutations.of(t.body(), mutants)) {
                    cases.add(new AttackCases.Case("mutant of " + t.path() + ": " + printable(body),
                            withBody(t.path(), port, body)));
                }
            }
            for (AttackCases.Case c : cases) {
                answers.merge(run(agent, port, c, failures, counts), 1, Integer::sum);
            }
            control[0] = agent.transports.opens() - opensAtStart;
            control[1] = agent.transports.commands() - commandsAtStart;
            // control: the same harness sees a legitimate request reach the card
            assertEquals(200, new Http(port).get("/api/v1/readers/sim-0/pin-status").status());
            assertTrue(agent.transports.commands() > commandsAtStart + control[1], "the counters must count");
        });
        int fuzz = counts[2] - counts[0];
        System.out.printf("attack matrix (seed %d): cases=%d (matrix %d, fuzz %d) refused=%d 5xx=%d non-JSON=%d "
                + "cards opened=%d APDUs=%d%n", seed, counts[2], counts[0], fuzz, counts[1],
                failures.stream().filter(f -> f.startsWith("5xx")).count(),
                failures.stream().filter(f -> f.startsWith("not JSON")).count(), control[0], control[1]);
        System.out.println("attack matrix answers: " + answers);
        assertEquals(List.of(), failures.stream().limit(20).toList());
        assertEquals(counts[2], counts[1]);
        assertEquals(0, control[0] + control[1], "no attack may open a card or send an APDU");
        assertTrue(counts[0] > 150 && fuzz > 300, "the matrix must be real: " + counts[0] + " + " + fuzz);
    }

    /** Sends one case, checks it, and returns its answer as {@code status code}. */
    private static String run(TestAgent agent, int port, AttackCases.Case c, List<String> failures, int[] counts)
            throws java.io.IOException {
        int opens = agent.transports.opens();
        int commands = agent.transports.commands();
        RawHttp.Answer a = RawHttp.send(port, c.request(), false);
        counts[2]++;
        if (a.status() >= 500) {
            failures.add("5xx " + a.status() + " " + c.name());
        } else if (a.status() < 400) {
            failures.add("accepted " + a.status() + " " + c.name() + " -> " + a.body());
        } else if (!a.isJsonError()) {
            failures.add("not JSON " + a.status() + " " + c.name() + " -> " + a.head() + " " + a.body());
        } else {
            counts[1]++;
        }
        if (agent.transports.opens() != opens || agent.transports.commands() != commands) {
            failures.add("reader touched by " + c.name());
        }
        return a.status() + " " + a.code();
    }

    /** Pairs {@link TestAgent#ALLOWED} the legitimate way and returns its token. */
    private static String pair(Http http, int port) {
        String own = "http://127.0.0.1:" + port;
        String session = http.send("GET", "/api/v1/session", null, "Origin", own).json().path("token").asText();
        String id = http.send("POST", "/api/v1/pairing", "{}", "Origin", TestAgent.ALLOWED).json().path("id").asText();
        http.send("POST", "/api/v1/pairing/" + id + "/confirm", "{}", "Origin", own,
                "Authorization", "Bearer " + session);
        return http.send("GET", "/api/v1/pairing/" + id + "/token", null, "Origin", TestAgent.ALLOWED).json()
                .path("token").asText();
    }

    private static byte[] withBody(String path, int port, byte[] body) {
        byte[] head = AttackCases.raw("POST", path, "127.0.0.1:" + port, null, "Authorization",
                "Bearer " + TestAgent.TOKEN, "Content-Type", "application/json", "Content-Length",
                String.valueOf(body.length));
        byte[] out = new byte[head.length + body.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    private static String printable(byte[] body) {
        String s = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
