package dev.mynumber.sim.junit;

import dev.mynumber.sim.smartcardio.SimulatedReader;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.util.HashMap;
import java.util.Map;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * One test's readers: created empty, a reader added (and its card inserted) the first time a spec names it. A
 * second, different spec for the same reader is a configuration error, never silently ignored.
 */
final class SimulatedBench implements AutoCloseable {
    private final SimulatedReaders readers = new SimulatedReaders();
    private final TerminalFactory factory = readers.terminalFactory();
    private final Map<String, CardSpec> prepared = new HashMap<>();

    synchronized SimulatedReader prepare(CardSpec spec) {
        CardSpec earlier = prepared.putIfAbsent(spec.reader(), spec);
        if (earlier != null && !earlier.equals(spec)) {
            throw new ExtensionConfigurationException("reader '" + spec.reader() + "' already holds " + earlier
                    + "; give a different card another reader name");
        }
        if (earlier == null) {
            SimulatedReader reader = readers.addReader(spec.reader());
            if (spec.inserted()) {
                reader.insert(spec.newCard());
            }
        }
        return readers.reader(spec.reader());
    }

    SimulatedReaders readers() {
        return readers;
    }

    TerminalFactory factory() {
        return factory;
    }

    /** Empties every reader, so a test's card cannot be reached after the test. */
    @Override
    public void close() {
        readers.readers().forEach(SimulatedReader::remove);
    }
}
