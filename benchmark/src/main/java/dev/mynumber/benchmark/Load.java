package dev.mynumber.benchmark;

import dev.mynumber.sim.timing.CardTimingProfile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Latency at a bounded request rate on one reader, and throughput on several readers at once. */
final class Load {
    private Load() {
    }

    /**
     * Open-loop load: one authenticate every 1/rate s on one reader (the card answers at once, so this is the
     * agent's own latency); latency counts from the scheduled send, so queueing shows.
     */
    static void latency(int rate, int requests, PrintStream out) throws Exception {
        try (BenchAgent agent = new BenchAgent(1, null)) {
            Http http = new Http(agent.base(), BenchAgent.TOKEN);
            Readiness.awaitCards(http, 1);
            String path = "/readers/" + agent.readerIds.get(0) + Operation.AUTHENTICATE.path();
            for (int i = 0; i < 50; i++) { // warm-up
                http.call(path, Operation.AUTHENTICATE.body());
            }
            long[] latency = new long[requests];
            long[] service = new long[requests];
            long period = 1_000_000_000L / rate;
            long t0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long due = t0 + i * period;
                LockSupport.parkNanos(due - System.nanoTime());
                long sent = System.nanoTime();
                http.call(path, Operation.AUTHENTICATE.body());
                latency[i] = System.nanoTime() - due;
                service[i] = System.nanoTime() - sent;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.printf("%n## Latency at %d requests/s, one reader, authenticate, no card timing (%d requests, "
                    + "%.1f s)%n%n| measured from | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) |%n|---|---|---|---|---|%n",
                    rate, requests, seconds);
            row(out, "the scheduled send (queueing included)", latency);
            row(out, "the actual send (service time)", service);
        }
    }

    private static void row(PrintStream out, String from, long[] nanos) {
        out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", from, Stats.percentileMillis(nanos, 50),
                Stats.percentileMillis(nanos, 90), Stats.percentileMillis(nanos, 99),
                Stats.percentileMillis(nanos, 100));
    }

    /** Authenticate in a closed loop on each of n readers for a while; operations per second. */
    static double throughput(int readers, CardTimingProfile profile, long millis) throws Exception {
        try (BenchAgent agent = new BenchAgent(readers, profile)) {
            Http http = new Http(agent.base(), BenchAgent.TOKEN);
            Readiness.awaitCards(http, readers);
            AtomicLong done = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            long end = System.nanoTime() + millis * 1_000_000L;
            List<Future<?>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String id : agent.readerIds) {
                futures.add(pool.submit(() -> {
                    String path = "/readers/" + id + Operation.AUTHENTICATE.path();
                    while (System.nanoTime() < end) {
                        Http.Answer a = http.call(path, Operation.AUTHENTICATE.body());
                        if (a.status() != 200) {
                            throw new IllegalStateException("HTTP " + a.status() + " " + a.body());
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            return done.get() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    static void throughputTable(CardTimingProfile profile, long millis, PrintStream out) throws Exception {
        out.printf("%n## Throughput, authenticate, %s profile, one client per reader (%d ms each)%n%n",
                profile.name(), millis);
        out.println("| readers | operations/s | × one reader |");
        out.println("|---|---|---|");
        double one = 0;
        for (int n : new int[] {1, 2, 4, 8}) {
            double ops = throughput(n, profile, millis);
            if (n == 1) {
                one = ops;
            }
            out.printf("| %d | %.2f | %.2f |%n", n, ops, ops / one);
        }
    }
}
