package dev.mynumber.benchmark;

import java.util.Arrays;

/** Percentiles of a set of durations in nanoseconds. */
final class Stats {
    private Stats() {
    }

    /** The p-th percentile (nearest rank), in milliseconds. */
    static double percentileMillis(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
