package dev.mynumber.sim.fault;

import dev.mynumber.sim.SimCard;
import java.util.ArrayList;
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
 */
public final class ApduLog implements SimCard {
    private final SimCard card;
    private final List<String> entries = new ArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Wraps a card; nothing is recorded before this point. */
    public ApduLog(SimCard card) {
        this.card = card;
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
            entries.add(entry);
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
