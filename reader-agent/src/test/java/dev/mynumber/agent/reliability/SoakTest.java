package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.pcsc.HotPlugMonitor;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak: several clients on three simulated readers (three personas), faults and hot-plug mixed in by a
 * chaos thread, and an event-stream client that never reads. 0 crossed answers (every answer belongs to
 * its reader's card), 0 unexpected errors, heap after GC and thread count flat. 30 s by default;
 * {@code -Dsoak.long=true} runs 10 minutes, {@code -Dsoak.seconds=N} any length. Seeded ({@code -Dsoak.seed}).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SoakTest {
    private static final int CLIENTS = 4;
    private static final long HEAP_SLACK_BYTES = 48L * 1024 * 1024;
    private static final int THREAD_SLACK = 12;

    @Test
    void clientsReadersFaultsAndHotPlugWithoutCrossedAnswersOrGrowth() throws Exception {
        long seconds = Long.getLong("soak.seconds", Boolean.getBoolean("soak.long") ? 600 : 30);
        long seed = Long.getLong("soak.seed", 20261203L);
        TestAgent agent = new TestAgent(Duration.ofSeconds(2), Duration.ofSeconds(5), true);
        SoakCards cards = new SoakCards(agent);
        SoakTally tally = new SoakTally();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            cards.baseline(http);
            try (HotPlugMonitor monitor = new HotPlugMonitor(agent.readers, Duration.ofMillis(100));
                    Socket stalled = SlowEventClientTest.open(server.port())) {
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                List<Future<?>> work = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    Random random = new Random(seed + c);
                    work.add(pool.submit(() -> clientLoop(http, cards, tally, random, end)));
                }
                work.add(pool.submit(() -> cards.chaos(new Random(seed - 1), end, tally)));
                tally.sampleLoop(end, seconds);
                for (Future<?> f : work) {
                    f.get(seconds + 60, TimeUnit.SECONDS);
                }
                pool.shutdown();
            }
            cards.settleAll();
            assertEquals(0, cards.triesLost(http), "PIN tries lost (only correct PINs were sent)");
        });
        System.out.println(tally.summary(seconds, seed));
        assertEquals(0, tally.crossed.get(), "crossed answers");
        assertTrue(tally.unexpected.isEmpty(), () -> "unexpected: " + tally.unexpected);
        assertTrue(tally.heapGrowth() < HEAP_SLACK_BYTES, () -> "heap after GC grew: " + tally.heapSeries());
        assertTrue(tally.threadGrowth() < THREAD_SLACK, () -> "threads grew: " + tally.threadSeries());
        assertTrue(tally.agentThreadGrowth() <= SoakCards.NAMES.size(),
                () -> "agent threads (reader-*, sse-*, hot-plug) grew: " + tally.threadSeries());
    }

    private static void clientLoop(Http http, SoakCards cards, SoakTally tally, Random random, long end) {
        List<MatrixOperation> ops = List.of(MatrixOperation.all().get(0), MatrixOperation.all().get(2),
                MatrixOperation.all().get(4), MatrixOperation.all().get(7));
        while (System.nanoTime() < end) {
            String reader = SoakCards.IDS.get(random.nextInt(SoakCards.IDS.size()));
            MatrixOperation op = ops.get(random.nextInt(ops.size()));
            Http.Reply r = op.call(http, reader);
            tally.requests.incrementAndGet();
            if (r.status() == 200) {
                tally.ok.incrementAndGet();
                cards.checkOwner(reader, op, r.json(), tally);
            } else if (SoakTally.EXPECTED.contains(r.code()) && r.status() != 500) {
                tally.expectedErrors.merge(r.code(), 1, Integer::sum);
            } else {
                tally.unexpected(op.label() + " on " + reader + ": " + r.status() + " " + r.raw().body());
            }
        }
    }
}
