package dev.mynumber.sim.smartcardio;

import javax.smartcardio.CardException;

/**
 * Which thread, if any, holds exclusive use of a reader's card ({@code Card.beginExclusive}).
 *
 * <p>Not thread-safe by itself: its {@link SimulatedReader} calls it under the reader's lock.
 */
final class ExclusiveAccess {
    private Thread owner;

    /** Fails when another thread holds exclusive access. */
    void check() throws CardException {
        if (owner != null && owner != Thread.currentThread()) {
            throw new CardException("exclusive access established by another thread");
        }
    }

    /** Gives exclusive access to the calling thread; fails when anyone already holds it. */
    void begin() throws CardException {
        if (owner != null) {
            throw new CardException("exclusive access already established");
        }
        owner = Thread.currentThread();
    }

    /** Ends the calling thread's exclusive access; {@link IllegalStateException} if it holds none. */
    void end() {
        if (owner != Thread.currentThread()) {
            throw new IllegalStateException("exclusive access not held by this thread");
        }
        owner = null;
    }

    /** Ends exclusive access if the calling thread holds it (a disconnect). */
    void releaseIfHeld() {
        if (owner == Thread.currentThread()) {
            owner = null;
        }
    }

    /** Forgets any holder (the card left). */
    void clear() {
        owner = null;
    }
}
