package dev.mynumber.sim.timing;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of a {@link TimedCard}: APDUs, bytes each way and the modelled card time; thread-safe. */
public final class TimingStats {
    private final AtomicLong apdus = new AtomicLong();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLong modelledNanos = new AtomicLong();

    void add(int commandBytes, int responseBytes, long nanos) {
        apdus.incrementAndGet();
        bytesIn.addAndGet(commandBytes);
        bytesOut.addAndGet(responseBytes);
        modelledNanos.addAndGet(nanos);
    }

    /** A copy of the counters now. */
    public Snapshot snapshot() {
        return new Snapshot(apdus.get(), bytesIn.get(), bytesOut.get(), modelledNanos.get());
    }

    /**
     * The counters at one moment.
     *
     * @param apdus commands answered
     * @param commandBytes bytes sent to the card
     * @param responseBytes bytes the card answered, status words included
     * @param modelledNanos the modelled card time of all of them
     */
    public record Snapshot(long apdus, long commandBytes, long responseBytes, long modelledNanos) {
        /** What happened between an earlier snapshot and this one. */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(apdus - earlier.apdus, commandBytes - earlier.commandBytes,
                    responseBytes - earlier.responseBytes, modelledNanos - earlier.modelledNanos);
        }
    }
}
