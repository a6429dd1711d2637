package dev.mynumber.sim.smartcardio;

/**
 * The one monitor that card and reader events are announced on, so {@code waitForChange} can sleep on it.
 */
final class ReaderEvents {
    private long version;

    /** Announces that a card or reader changed and wakes every waiter. */
    synchronized void changed() {
        version++;
        notifyAll();
    }

    /** Returns the current event version. */
    synchronized long version() {
        return version;
    }

    /**
     * Waits until the version differs from {@code seen} or the timeout passes.
     *
     * @param timeoutMillis 0 waits forever
     * @return the version observed on return
     */
    synchronized long awaitChange(long seen, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (version == seen) {
            if (timeoutMillis == 0) {
                wait();
            } else {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                wait(left);
            }
        }
        return version;
    }
}
