package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.ApduLog;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Card-side fuzzing: seeded damage to the files the card returns (malformed TLV lengths, truncated files,
 * bad DER bytes, trailing garbage) in every operation. Each case answers MALFORMED_CARD_DATA (or another
 * card error) or a sound success, within the timeout; never a hang, never 500. Seeds are fixed
 * ({@code -Dfuzz.seed=N} shifts them, {@code -Dfuzz.cases=N} per operation); counts are printed.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class CardFuzzTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Test
    void damagedCardFilesGiveMalformedCardDataNeverAHangOr500() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261203L);
        int perOperation = Integer.getInteger("fuzz.cases", 24);
        MatrixTally tally = new MatrixTally();
        Map<String, Integer> damages = new TreeMap<>();
        TestAgent agent = new TestAgent(Duration.ofSeconds(2), TIMEOUT, true);
        FuzzedCard card = new FuzzedCard(PersonaCatalog.card("adult"));
        ApduLog log = agent.sim.insertCard(TestAgent.R0, card);
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (MatrixOperation op : MatrixOperation.all()) {
                log.clear();
                var clean = op.call(http, TestAgent.R0).json();
                int reads = (int) log.entries().stream().filter(e -> e.startsWith("00B0")).count();
                for (int i = 0; i < perOperation && reads > 0; i++) {
                    String label = op.label() + " seed " + (seed + i);
                    damages.merge(card.arm(seed + i, reads).name(), 1, Integer::sum);
                    tally.cases++;
                    long start = System.nanoTime();
                    Http.Reply r = op.call(http, TestAgent.R0);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    card.disarm();
                    tally.slowestMillis = Math.max(tally.slowestMillis, millis);
                    if (millis > TIMEOUT.toMillis()) {
                        tally.problem(label + ": answered after " + millis + " ms");
                    }
                    if (r.status() == 200) {
                        String problem = op.soundness(r.json(), clean);
                        tally.outcome(problem == null ? "OK" : "UNSOUND");
                        if (problem == null) {
                            tally.sound++;
                        } else {
                            tally.problem(label + ": " + problem);
                        }
                    } else {
                        tally.outcome(r.code());
                        if (r.status() != 502 || !FaultMatrixTest.EXPECTED_ERRORS.contains(r.code())) {
                            tally.problem(label + ": " + r.status() + " " + r.raw().body());
                        }
                    }
                }
            }
        });
        System.out.println(tally.summary("card fuzzing (seed " + seed + ", damages " + damages + ")"));
        assertTrue(tally.problems.isEmpty(), () -> tally.problems.size() + " problems:\n" + tally.firstProblems());
    }
}
