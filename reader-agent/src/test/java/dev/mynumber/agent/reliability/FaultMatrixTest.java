package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.support.Await;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.fault.FaultPlan;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fault matrix: every operation x every APDU position of it x each fault the simulator injects (card
 * removed, reader gone, error word, a byte corrupted at several offsets; slower than the timeout at sampled
 * positions). Each case must answer a sound success or a documented card/timeout error within the timeout,
 * never another 5xx; the next operation on the (re-inserted) card must succeed; PIN counters move only by
 * wrong PINs actually sent (this matrix sends none). Counts are printed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FaultMatrixTest {
    /** Codes a faulted operation may answer (docs/api.md: card, reader and timeout codes). */
    static final Set<String> EXPECTED_ERRORS = Set.of("CARD_REMOVED", "NO_CARD", "NO_READER", "TIMEOUT",
            "TRANSPORT_ERROR", "UNEXPECTED_STATUS", "MALFORMED_CARD_DATA", "FILE_NOT_FOUND", "WRONG_LENGTH",
            "SECURITY_STATUS_NOT_SATISFIED", "CONDITIONS_NOT_SATISFIED");
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Duration SLOW_TIMEOUT = Duration.ofMillis(400);
    private static final String SLOW_DELAY = "700ms";
    private static final int SLOW_SAMPLE_EVERY = 6;
    private static final Pattern MASKED = Pattern.compile("-> \\[(\\d+) bytes masked\\]([0-9A-F]{4})$");
    private static final Pattern PLAIN = Pattern.compile("-> ([0-9A-F]+)$");

    @Test
    void everyOperationAtEveryApduUnderEveryFault() throws Exception {
        MatrixTally tally = new MatrixTally();
        TestAgent fast = new TestAgent(Duration.ofSeconds(2), TIMEOUT, true);
        JavalinTest.test(fast.app, (server, client) -> {
            Run run = new Run(fast, new Http(server.port()), tally, TIMEOUT);
            for (MatrixOperation op : selected()) {
                List<Integer> lengths = run.dryRun(op);
                for (int n = 1; n <= lengths.size(); n++) {
                    run.fault(op, "remove-at:" + n, true);
                    run.fault(op, "vanish-at:" + n, true);
                    run.fault(op, "sw-at:" + n + "=6F00", false);
                    for (int offset : offsets(lengths.get(n - 1))) {
                        run.fault(op, "corrupt-at:" + n + "@" + offset, false);
                    }
                }
            }
        });
        TestAgent slow = new TestAgent(Duration.ofSeconds(2), SLOW_TIMEOUT, true);
        JavalinTest.test(slow.app, (server, client) -> {
            Run run = new Run(slow, new Http(server.port()), tally, SLOW_TIMEOUT);
            for (MatrixOperation op : selected()) {
                int positions = run.dryRun(op).size();
                for (int n = 1; n <= positions; n += SLOW_SAMPLE_EVERY) {
                    run.fault(op, "delay-at:" + n + "=" + SLOW_DELAY, false);
                }
                run.fault(op, "delay-at:" + positions + "=" + SLOW_DELAY, false);
            }
        });
        System.out.println(tally.summary("fault matrix"));
        assertTrue(tally.problems.isEmpty(), () -> tally.problems.size() + " problems:\n" + tally.firstProblems());
    }

    /** The operations to run: all, or those whose label starts with {@code -Dmatrix.only=...} (reruns). */
    static List<MatrixOperation> selected() {
        String only = System.getProperty("matrix.only", "");
        return MatrixOperation.all().stream().filter(op -> op.label().startsWith(only)).toList();
    }

    /** Byte offsets to corrupt in a response of this length: tags, lengths, inside, last data byte, SW. */
    static Set<Integer> offsets(int length) {
        Set<Integer> offsets = new TreeSet<>(List.of(0, length - 1));
        if (length > 2) {
            offsets.addAll(List.of(1, Math.min(5, length - 3), Math.min(40, length - 3), length / 2, length - 3));
        }
        return offsets;
    }

    /** Response lengths of one faultless run of the operation, one per APDU (from the simulator's log). */
    static List<Integer> lengths(List<String> entries) {
        List<Integer> lengths = new ArrayList<>();
        for (String e : entries) {
            Matcher masked = MASKED.matcher(e);
            Matcher plain = PLAIN.matcher(e);
            if (masked.find()) {
                lengths.add(Integer.parseInt(masked.group(1)) + 2);
            } else if (plain.find()) {
                lengths.add(plain.group(1).length() / 2);
            }
        }
        return lengths;
    }

    /** One agent and its simulated card, kept across cases so its counters carry over. */
    static final class Run {
        private final TestAgent agent;
        private final Http http;
        private final MatrixTally tally;
        private final Duration timeout;
        private final Map<String, JsonNode> clean = new HashMap<>();
        private JsonNode cleanPins;
        private SimCard card = PersonaCatalog.card("adult");
        private ApduLog log;

        Run(TestAgent agent, Http http, MatrixTally tally, Duration timeout) {
            this.agent = agent;
            this.http = http;
            this.tally = tally;
            this.timeout = timeout;
            this.log = agent.sim.insertCard(TestAgent.R0, card);
            agent.settle();
        }

        /** Runs the operation without faults; returns its response lengths and keeps its answer. */
        List<Integer> dryRun(MatrixOperation op) {
            log.clear();
            Http.Reply r = op.call(http, TestAgent.R0);
            if (r.status() != 200) {
                throw new AssertionError(op.label() + " fails without faults: " + r.raw().body());
            }
            clean.put(op.label(), r.json());
            List<Integer> lengths = lengths(log.entries());
            if (cleanPins == null) {
                cleanPins = http.get("/api/v1/readers/sim-0/pin-status").json().path("pins");
            }
            return lengths;
        }

        /** One case: the faulted call, its classification, then recovery and the counters. */
        void fault(MatrixOperation op, String plan, boolean reinsertedOperation) {
            String label = op.label() + " " + plan;
            tally.cases++;
            agent.sim.faults(TestAgent.R0, FaultPlan.parse(plan));
            long start = System.nanoTime();
            Http.Reply r = op.call(http, TestAgent.R0);
            long millis = (System.nanoTime() - start) / 1_000_000;
            tally.slowestMillis = Math.max(tally.slowestMillis, millis);
            if (millis > timeout.toMillis() + 1_000) {
                tally.problem(label + ": answered after " + millis + " ms");
            }
            classify(op, label, r);
            Await.idle(agent);
            recover(op, label, reinsertedOperation);
        }

        private void classify(MatrixOperation op, String label, Http.Reply r) {
            if (r.status() == 200) {
                String problem = op.soundness(r.json(), clean.get(op.label()));
                if (problem == null) {
                    tally.sound++;
                    tally.outcome("OK");
                } else {
                    tally.problem(label + ": " + problem);
                }
                return;
            }
            String code = r.code();
            tally.outcome(code);
            if (!EXPECTED_ERRORS.contains(code) || r.status() == 500) {
                tally.problem(label + ": " + r.status() + " " + r.raw().body());
            }
        }

        /** Puts the reader and the same card back, clears faults, checks the next operations and counters. */
        private void recover(MatrixOperation op, String label, boolean reinsertedOperation) {
            boolean readerGone = agent.simReaders.readers().stream().noneMatch(x -> x.name().equals("Sim 0"));
            if (readerGone) {
                agent.simReaders.addReader("Sim 0");
            }
            if (readerGone || agent.simReaders.reader("Sim 0").card().isEmpty()) {
                log = agent.sim.insertCard(TestAgent.R0, card);
            } else {
                agent.sim.faults(TestAgent.R0, FaultPlan.none());
            }
            agent.settle();
            if (reinsertedOperation) {
                Http.Reply again = op.call(http, TestAgent.R0);
                if (again.status() != 200) {
                    tally.problem(label + ": the next operation failed: " + again.raw().body());
                }
            }
            Http.Reply pins = http.get("/api/v1/readers/sim-0/pin-status");
            tally.recoveries++;
            if (pins.status() != 200) {
                tally.problem(label + ": pin-status after recovery: " + pins.raw().body());
                return;
            }
            int lost = lost(pins.json().path("pins"));
            if (lost > 0) {
                tally.triesLost += lost;
                tally.problem(label + ": " + lost + " tries lost");
                card = PersonaCatalog.card("adult");
                log = agent.sim.insertCard(TestAgent.R0, card);
                agent.settle();
            }
        }

        private int lost(JsonNode pins) {
            int lost = 0;
            for (int i = 0; i < cleanPins.size(); i++) {
                lost += cleanPins.get(i).path("triesLeft").asInt() - pins.path(i).path("triesLeft").asInt();
            }
            return lost;
        }
    }
}
