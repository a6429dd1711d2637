package dev.mynumber.sim.card;

/**
 * The try counters of the card's key references (暗証番号の残り試行回数), one per {@link CardSecret}.
 *
 * <p>The card engine reads and writes the counters through this interface so that the counters can live
 * in memory ({@link InMemoryPinCounters}) or survive restarts ({@link FilePinCounters}). A value of 0
 * means the key reference is blocked.
 */
public interface PinCounters {

    /** Returns the tries left for a key reference (0 = blocked). */
    int triesLeft(CardSecret s);

    /**
     * Stores the tries left for a key reference.
     *
     * @throws java.io.UncheckedIOException if a persistent store cannot be written; the card engine
     *     answers {@code 6581} (memory failure) then, as a real card does on an EEPROM write fault
     */
    void set(CardSecret s, int triesLeft);
}
