package dev.mynumber.sim.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Try counters persisted in a small text file, so that a blocked PIN stays blocked across restarts as on a
 * real card.
 *
 * <p>The file holds one record per persona, {@code <persona>.<CardSecret name>=<tries left>}, closed by a
 * checksum ({@link PinStateFile}). A file without a record of this persona starts from its initial tries;
 * an empty, cut-short, edited or incomplete file refuses to open ({@link IOException} naming the file), so
 * a corrupt state never silently gives fresh counters. Each change rewrites only this persona's changed key
 * under a lock, so several cards may share one file. Secret values are never written; a changed PIN
 * (CHANGE REFERENCE DATA) is therefore not persisted.
 */
public final class FilePinCounters implements PinCounters {
    private final PinStateFile stateFile;
    private final String personaId;
    private final Map<CardSecret, Integer> tries;

    private FilePinCounters(PinStateFile stateFile, String personaId, Map<CardSecret, Integer> tries) {
        this.stateFile = stateFile;
        this.personaId = personaId;
        this.tries = tries;
    }

    /**
     * Opens (or creates) the state file for one persona and writes its record at once.
     *
     * @param stateFile the state file; its folder must exist
     * @param personaId the persona the counters belong to (the record's key)
     * @param c the card, for the initial tries
     * @throws IOException if the file cannot be read or written, or is corrupt (message says so)
     */
    public static FilePinCounters open(Path stateFile, String personaId, CardContents c) throws IOException {
        PinStateFile file = new PinStateFile(stateFile);
        Map<String, String> records = file.read();
        boolean known = records.keySet().stream().anyMatch(k -> k.startsWith(personaId + "."));
        Map<CardSecret, Integer> tries = new EnumMap<>(CardSecret.class);
        Map<String, String> record = new TreeMap<>();
        for (CardSecret s : CardSecret.values()) {
            String value = records.get(key(personaId, s));
            if (known && value == null) {
                throw file.corrupt("the record of persona '" + personaId + "' lacks " + s.name());
            }
            int limit = Math.max(s.maxTries(), c.initialTries(s));
            int n = value == null ? c.initialTries(s) : parseTries(file, s, value, limit);
            tries.put(s, n);
            record.put(key(personaId, s), Integer.toString(n));
        }
        file.update(record);
        return new FilePinCounters(file, personaId, tries);
    }

    private static String key(String personaId, CardSecret s) {
        return personaId + "." + s.name();
    }

    private static int parseTries(PinStateFile file, CardSecret s, String value, int limit) throws IOException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= limit) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message
        }
        throw file.corrupt("malformed PIN counter " + s.name());
    }

    @Override
    public synchronized int triesLeft(CardSecret s) {
        return tries.get(s);
    }

    /** Stores the new value in memory first (a block must hold even if the disk fails), then on disk. */
    @Override
    public synchronized void set(CardSecret s, int triesLeft) {
        tries.put(s, triesLeft);
        try {
            stateFile.update(Map.of(key(personaId, s), Integer.toString(triesLeft)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PIN counter state file", e);
        }
    }

    @Override
    public synchronized String toString() {
        return "FilePinCounters[" + personaId + ", " + tries + "]";
    }
}
