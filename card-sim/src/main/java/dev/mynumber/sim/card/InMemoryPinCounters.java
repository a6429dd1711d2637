package dev.mynumber.sim.card;

import java.util.EnumMap;
import java.util.Map;

/**
 * Try counters held in memory only: every new instance starts from the card's initial tries.
 */
public final class InMemoryPinCounters implements PinCounters {
    private final Map<CardSecret, Integer> tries = new EnumMap<>(CardSecret.class);

    /** Creates counters at the initial tries of the given card ({@link CardContents#initialTries}). */
    public InMemoryPinCounters(CardContents c) {
        for (CardSecret s : CardSecret.values()) {
            tries.put(s, c.initialTries(s));
        }
    }

    @Override
    public synchronized int triesLeft(CardSecret s) {
        return tries.get(s);
    }

    @Override
    public synchronized void set(CardSecret s, int triesLeft) {
        tries.put(s, triesLeft);
    }

    @Override
    public synchronized String toString() {
        return "InMemoryPinCounters" + tries;
    }
}
