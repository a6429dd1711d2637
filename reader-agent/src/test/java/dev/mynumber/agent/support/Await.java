package dev.mynumber.agent.support;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a state the test asserts, polling it, with a deadline (never a blind sleep). */
public final class Await {
    private static final long POLL_NANOS = 5_000_000;

    private Await() {
    }

    /**
     * Waits until the condition holds.
     *
     * @param what what is awaited, for the failure message
     * @param limit the longest wait
     * @param condition the state
     * @throws AssertionError when the limit passes first
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Waits until no reader of the agent is busy (an operation that timed out ran to its end). */
    public static void idle(TestAgent agent) {
        until("every reader idle", Duration.ofSeconds(20),
                () -> agent.readers.readers().stream().noneMatch(r -> r.busy()));
    }
}
