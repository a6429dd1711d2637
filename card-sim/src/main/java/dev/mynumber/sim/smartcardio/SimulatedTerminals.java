package dev.mynumber.sim.smartcardio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The terminal list of one {@code TerminalFactory.terminals()} call, with SunPCSC's event semantics.
 *
 * <p>{@code CARD_INSERTION} and {@code CARD_REMOVAL} report what changed during the latest
 * {@link #waitForChange(long)}; before the first one they behave as {@code CARD_PRESENT} and
 * {@code CARD_ABSENT}. A swap counts as both a removal and an insertion (SunPCSC reports neither, as the
 * reader stays occupied). {@link #waitForChange(long)} without any reader throws
 * {@code IllegalStateException}, as SunPCSC does. Thread-safe; waiting does not block {@link #list(State)}
 * on other threads.
 */
final class SimulatedTerminals extends CardTerminals {
    private final SimulatedReaders readers;
    private Map<SimulatedReader, Long> lastSeen;
    private List<SimulatedReader> inserted = List.of();
    private List<SimulatedReader> removed = List.of();

    SimulatedTerminals(SimulatedReaders readers) {
        this.readers = readers;
    }

    @Override
    public synchronized List<CardTerminal> list(State state) throws CardException {
        if (state == null) {
            throw new NullPointerException("state");
        }
        List<CardTerminal> result = new ArrayList<>();
        if (state == State.CARD_INSERTION && lastSeen != null) {
            inserted.forEach(r -> result.add(terminal(r)));
            return result;
        }
        if (state == State.CARD_REMOVAL && lastSeen != null) {
            removed.forEach(r -> result.add(terminal(r)));
            return result;
        }
        for (SimulatedReader r : readers.snapshot()) {
            boolean present = r.isPresent();
            boolean wanted = switch (state) {
                case ALL -> true;
                case CARD_PRESENT, CARD_INSERTION -> present;
                case CARD_ABSENT, CARD_REMOVAL -> !present;
            };
            if (wanted) {
                result.add(terminal(r));
            }
        }
        return result;
    }

    @Override
    public boolean waitForChange(long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        ReaderEvents events = readers.events();
        long seen = events.version();
        if (readers.snapshot().isEmpty()) {
            throw new IllegalStateException("No terminals available"); // as SunPCSC
        }
        Map<SimulatedReader, Long> before;
        synchronized (this) {
            before = lastSeen != null ? lastSeen : capture();
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (true) {
            Map<SimulatedReader, Long> now = capture();
            if (!now.equals(before)) {
                record(before, now);
                return true;
            }
            long left = timeout == 0 ? 0 : Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
            if (timeout != 0 && System.nanoTime() >= deadline) {
                synchronized (this) {
                    lastSeen = now;
                }
                return false;
            }
            seen = await(events, seen, left);
        }
    }

    private static long await(ReaderEvents events, long seen, long millis) throws CardException {
        try {
            return events.awaitChange(seen, millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for a card event", e);
        }
    }

    /** Maps each reader to its insertion counter, negated when the reader is empty. */
    private Map<SimulatedReader, Long> capture() {
        Map<SimulatedReader, Long> state = new LinkedHashMap<>();
        for (SimulatedReader r : readers.snapshot()) {
            state.put(r, r.stateKey());
        }
        return state;
    }

    private synchronized void record(Map<SimulatedReader, Long> before, Map<SimulatedReader, Long> now) {
        List<SimulatedReader> in = new ArrayList<>();
        List<SimulatedReader> out = new ArrayList<>();
        now.forEach((r, s) -> {
            Long old = before.get(r);
            if (s >= 0 && !s.equals(old)) {
                in.add(r);
            }
            if (old != null && old >= 0 && !s.equals(old)) {
                out.add(r);
            }
        });
        before.forEach((r, old) -> {
            if (old >= 0 && !now.containsKey(r)) {
                out.add(r);
            }
        });
        inserted = in;
        removed = out;
        lastSeen = now;
    }

    private static SimulatedTerminal terminal(SimulatedReader r) {
        return r.terminal();
    }
}
