package dev.mynumber.sim.smartcardio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.smartcardio.TerminalFactory;

/**
 * A set of named simulated readers behind a standard javax.smartcardio {@link TerminalFactory}, so code
 * written for PC/SC cannot tell them from real readers.
 *
 * <pre>{@code
 * SimulatedReaders readers = new SimulatedReaders("Reader A");
 * readers.reader("Reader A").insert(SimulatedCards.create("adult"));
 * TerminalFactory factory = readers.terminalFactory();   // type "SimulatedPCSC"
 * Card card = factory.terminals().getTerminal("Reader A").connect("*");
 * }</pre>
 *
 * <p>Thread-safe. Card and reader changes wake {@code CardTerminals.waitForChange}.
 */
public final class SimulatedReaders {
    /** The {@link TerminalFactory#getType()} of the factories this class returns. */
    public static final String TYPE = "SimulatedPCSC";
    private final ReaderEvents events = new ReaderEvents();
    private final Map<String, SimulatedReader> readers = new LinkedHashMap<>();

    /** Creates the readers with these names, all empty. */
    public SimulatedReaders(String... readerNames) {
        for (String name : readerNames) {
            addReader(name);
        }
    }

    /** Returns a new standard {@link TerminalFactory} of type {@value #TYPE} over these readers. */
    public TerminalFactory terminalFactory() {
        try {
            return TerminalFactory.getInstance(TYPE, this, new SimulatedProvider());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the simulated provider does not offer " + TYPE, e);
        }
    }

    /**
     * Returns the reader of that name.
     *
     * @throws NoSuchElementException listing the reader names when there is none of that name
     */
    public synchronized SimulatedReader reader(String name) {
        SimulatedReader r = readers.get(name);
        if (r == null) {
            throw new NoSuchElementException("no reader '" + name + "'; readers: " + readers.keySet());
        }
        return r;
    }

    /** Returns the readers in the order they were added. */
    public synchronized List<SimulatedReader> readers() {
        return List.copyOf(readers.values());
    }

    /**
     * Adds an empty reader (plugged in at run time).
     *
     * @throws IllegalArgumentException when a reader of that name exists
     */
    public SimulatedReader addReader(String name) {
        SimulatedReader r;
        synchronized (this) {
            if (name == null || name.isBlank() || readers.containsKey(name)) {
                throw new IllegalArgumentException("reader name must be new and not blank: '" + name + "'");
            }
            r = new SimulatedReader(name, events, () -> removeReader(name));
            readers.put(name, r);
        }
        events.changed();
        return r;
    }

    /** Removes a reader (unplugged): its card goes with it and open connections fail. Unknown names are ignored. */
    public void removeReader(String name) {
        SimulatedReader r;
        synchronized (this) {
            r = readers.remove(name);
        }
        if (r != null) {
            r.markGone();
            events.changed();
        }
    }

    ReaderEvents events() {
        return events;
    }

    synchronized List<SimulatedReader> snapshot() {
        return new ArrayList<>(readers.values());
    }
}
