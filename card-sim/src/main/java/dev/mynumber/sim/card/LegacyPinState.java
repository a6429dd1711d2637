package dev.mynumber.sim.card;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads the state file of earlier versions ({@code persona=<id>} and one {@code <key>=<tries>} line each,
 * written atomically), as the records of that persona; accepted only when every key is present.
 */
final class LegacyPinState {
    private static final String PERSONA = "persona";

    private LegacyPinState() {
    }

    /** Whether the text is in the earlier format (a {@code persona=} line, no per-persona keys). */
    static boolean looksLegacy(String text) {
        return text.contains("\n" + PERSONA + "=") || text.startsWith(PERSONA + "=");
    }

    /** The records of the earlier file, keyed {@code <persona>.<key>}. */
    static Map<String, String> records(String text, Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        String persona = p.getProperty(PERSONA);
        Map<String, String> records = new TreeMap<>();
        for (CardSecret s : CardSecret.values()) {
            String value = p.getProperty(s.name());
            if (persona == null || persona.isBlank() || value == null) {
                throw new PinStateFile(file).corrupt("an earlier-format file without every counter");
            }
            records.put(persona + "." + s.name(), value.trim());
        }
        return records;
    }
}
