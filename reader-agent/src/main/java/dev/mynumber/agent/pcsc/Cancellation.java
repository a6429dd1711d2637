package dev.mynumber.agent.pcsc;

/**
 * The cancellation flag of one card operation, set when its caller was told {@code TIMEOUT}.
 *
 * <p>The reader's transport checks it before every transmit ({@link CancellableChannel}), so a timed-out
 * operation stops before its next APDU: no PIN, password or signing command reaches the card after the
 * client was told the operation failed.
 */
final class Cancellation {
    private volatile boolean cancelled;

    /** Marks the operation cancelled; every later transmit of it fails. */
    void cancel() {
        cancelled = true;
    }

    /** Whether the operation was cancelled. */
    boolean cancelled() {
        return cancelled;
    }
}
