package dev.mynumber.agent.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/** The counts and the heap/thread series of a soak. */
final class SoakTally implements SoakCards.SoakStats {
    static final Set<String> EXPECTED = new HashSet<>(FaultMatrixTest.EXPECTED_ERRORS);

    static {
        EXPECTED.add("BUSY");
    }

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger crossed = new AtomicInteger();
    final AtomicInteger altered = new AtomicInteger();
    final AtomicInteger chaos = new AtomicInteger();
    final AtomicInteger unexpectedCount = new AtomicInteger();
    final Map<String, Integer> expectedErrors = new ConcurrentHashMap<>();
    final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<Long> heap = new ArrayList<>();
    private final List<Integer> threads = new ArrayList<>();
    private final List<Map<String, Long>> threadKinds = new ArrayList<>();

    /** Keeps the first unexpected answers (a bounded list: the soak must not hold them all). */
    void unexpected(String what) {
        unexpectedCount.incrementAndGet();
        if (unexpected.size() < 20) {
            unexpected.add(what);
        }
    }

    @Override
    public void crossed() {
        crossed.incrementAndGet();
    }

    @Override
    public void altered(JsonNode answer) {
        String status = answer.path("verification").path("status").asText(
                answer.path("certificate").path("verification").path("status").asText());
        if ("VALID".equals(status) || "VERIFIED".equals(answer.path("verification").path("verdict").asText())) {
            unexpected("altered data answered as valid");
        }
        altered.incrementAndGet();
    }

    @Override
    public void chaos() {
        chaos.incrementAndGet();
    }

    /** Samples heap after GC and threads about every tenth of the run (the first after warm-up). */
    void sampleLoop(long end, long seconds) {
        long step = TimeUnit.SECONDS.toNanos(Math.max(1, seconds / 10));
        for (long next = System.nanoTime() + step; next < end; next += step) {
            LockSupport.parkNanos(next - System.nanoTime());
            sample();
        }
        sample();
    }

    private void sample() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        heap.add(rt.totalMemory() - rt.freeMemory());
        threads.add(ManagementFactory.getThreadMXBean().getThreadCount());
        threadKinds.add(Thread.getAllStackTraces().keySet().stream().collect(Collectors.groupingBy(
                t -> t.getName().replaceAll("[0-9]+", "#"), TreeMap::new,
                Collectors.counting())));
    }

    long heapGrowth() {
        return heap.get(heap.size() - 1) - heap.get(0);
    }

    int threadGrowth() {
        return threads.get(threads.size() - 1) - threads.get(0);
    }

    /**
     * Growth of the agent's own threads (one per reader, created at its first operation; one per event
     * client; the hot-plug poll) from the first sample to the last.
     */
    long agentThreadGrowth() {
        return agentThreads(threadKinds.get(threadKinds.size() - 1)) - agentThreads(threadKinds.get(0));
    }

    private static long agentThreads(Map<String, Long> kinds) {
        return kinds.entrySet().stream().filter(e -> e.getKey().matches("(reader-|sse-|hot-plug).*"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    String heapSeries() {
        return heap.stream().map(b -> b / (1024 * 1024) + "MB").toList().toString();
    }

    String threadSeries() {
        return threads + " (first " + threadKinds.get(0) + ", last " + threadKinds.get(threadKinds.size() - 1)
                + ")";
    }

    String summary(long seconds, long seed) {
        return String.format("soak %d s (seed %d): %d requests, %d ok, %d crossed, %d altered-not-valid, "
                + "%d chaos events, expected errors %s, %d unexpected; heap after GC %s; threads %s",
                seconds, seed, requests.get(), ok.get(), crossed.get(), altered.get(), chaos.get(),
                expectedErrors, unexpectedCount.get(), heapSeries(), threadSeries());
    }
}
