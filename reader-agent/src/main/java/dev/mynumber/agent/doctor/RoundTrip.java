package dev.mynumber.agent.doctor;

import java.util.Arrays;

/**
 * Round-trip times of a few harmless commands (SELECT of the JPKI AP), in milliseconds.
 *
 * @param commands how many were timed
 * @param minMillis the fastest
 * @param medianMillis the median
 * @param maxMillis the slowest
 */
public record RoundTrip(int commands, double minMillis, double medianMillis, double maxMillis) {
    /** Summarises measured times in nanoseconds. */
    static RoundTrip of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new RoundTrip(sorted.length, millis(sorted[0]), millis(sorted[sorted.length / 2]),
                millis(sorted[sorted.length - 1]));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
