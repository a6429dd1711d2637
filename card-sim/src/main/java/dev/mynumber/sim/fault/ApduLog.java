package dev.mynumber.sim.fault;

import dev.mynumber.sim.SimCard;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A {@link SimCard} decorator that records every command the card received and what it answered, masked.
 *
 * <p>One entry per command: {@code COMMAND -> RESPONSE} in upper-case hex, e.g.
 * {@code 0020008004[4 bytes masked] -> 9000} or {@code 00B0000000 -> [1500 bytes masked]9000}; see
 * {@link ApduMasking} for what is masked. A command cut short by a {@link PhysicalFault} is recorded as
 * {@code COMMAND -> (card removed)} or {@code (reader vanished)}; resets as {@code reset}. Thread-safe.
 *
 * <p>The log is a ring: it keeps the last {@link #capacity()} entries and counts the ones it dropped, so a
 * long-running simulator does not grow without bound. Put it outside a {@link FaultyCard} to record what
 * the reader side received (injected status words and corrupted bytes included).
 */
public final class ApduLog implements SimCard {
    /** Entries kept by default: many operations' worth (a card-information read is about 40). */
    public static final int DEFAULT_CAPACITY = 2000;
    private final SimCard card;
    private final int capacity;
    private final Deque<String> entries = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private long dropped;

    /** Wraps a card, keeping the last {@value #DEFAULT_CAPACITY} entries; nothing is recorded before this point. */
    public ApduLog(SimCard card) {
        this(card, DEFAULT_CAPACITY);
    }

    /**
     * Wraps a card, keeping the last {@code capacity} entries.
     *
     * @throws IllegalArgumentException if the capacity is not positive
     */
    public ApduLog(SimCard card, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("APDU log capacity must be at least 1, got " + capacity);
        }
        this.card = card;
        this.capacity = capacity;
    }

    /** Returns how many entries the log keeps at most. */
    public int capacity() {
        return capacity;
    }

    /** Returns how many of the oldest entries were dropped to keep within the capacity. */
    public synchronized long dropped() {
        return dropped;
    }

    /**
     * Adds a listener that receives each new entry as it is recorded (live streaming), on the thread that
     * sent the command; exceptions it throws are ignored.
     */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added earlier. */
    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** Returns a snapshot of the entries in order. */
    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    /** Forgets the entries recorded so far. */
    public synchronized void clear() {
        entries.clear();
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        String shown = ApduMasking.command(command);
        byte[] response;
        try {
            response = card.transmit(command);
        } catch (PhysicalFault f) {
            record(shown + " -> (" + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
            throw f;
        }
        record(shown + " -> " + ApduMasking.response(command, response));
        return response;
    }

    @Override
    public void reset() {
        card.reset();
        record("reset");
    }

    private void record(String entry) {
        synchronized (this) {
            if (entries.size() == capacity) {
                entries.removeFirst();
                dropped++;
            }
            entries.addLast(entry);
        }
        for (Consumer<String> l : listeners) {
            try {
                l.accept(entry);
            } catch (RuntimeException e) {
                // a broken listener must not break the card; the entry stays in entries()
            }
        }
    }
}
