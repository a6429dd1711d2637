package dev.mynumber.sim.card;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Try counters persisted in a small properties file, so that a blocked PIN stays blocked across
 * restarts as on a real card.
 *
 * <p>The file holds {@code persona=<id>} and one {@code <CardSecret name>=<tries left>} line per key
 * reference. It is rewritten atomically (temporary file, then rename) on every change. A file written
 * for another persona id, or an absent file, starts from that persona's initial tries. Secret values
 * are never written; a changed PIN (CHANGE REFERENCE DATA) is therefore not persisted.
 */
public final class FilePinCounters implements PinCounters {
    private static final String PERSONA_KEY = "persona";

    private final Path stateFile;
    private final String personaId;
    private final Map<CardSecret, Integer> tries;

    private FilePinCounters(Path stateFile, String personaId, Map<CardSecret, Integer> tries) {
        this.stateFile = stateFile;
        this.personaId = personaId;
        this.tries = tries;
    }

    /**
     * Opens (or creates) the state file for one persona and writes it back at once.
     *
     * @param stateFile the properties file; its folder must exist
     * @param personaId the persona the counters belong to
     * @param c the card, for the initial tries
     * @throws IOException if the file cannot be read or written, or holds a malformed counter
     */
    public static FilePinCounters open(Path stateFile, String personaId, CardContents c) throws IOException {
        Map<CardSecret, Integer> tries = new EnumMap<>(CardSecret.class);
        Properties stored = Files.exists(stateFile) ? load(stateFile) : new Properties();
        boolean samePersona = personaId.equals(stored.getProperty(PERSONA_KEY));
        for (CardSecret s : CardSecret.values()) {
            String value = samePersona ? stored.getProperty(s.name()) : null;
            int limit = Math.max(s.maxTries(), c.initialTries(s));
            tries.put(s, value == null ? c.initialTries(s) : parseTries(stateFile, s, value, limit));
        }
        FilePinCounters counters = new FilePinCounters(stateFile, personaId, tries);
        counters.write();
        return counters;
    }

    private static Properties load(Path stateFile) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(stateFile, StandardCharsets.UTF_8)));
        return p;
    }

    private static int parseTries(Path file, CardSecret s, String value, int limit) throws IOException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= limit) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message
        }
        throw new IOException("malformed PIN counter " + s.name() + " in state file " + file);
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
            write();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PIN counter state file " + stateFile, e);
        }
    }

    private void write() throws IOException {
        Properties p = new Properties();
        p.setProperty(PERSONA_KEY, personaId);
        tries.forEach((s, n) -> p.setProperty(s.name(), Integer.toString(n)));
        StringWriter text = new StringWriter();
        p.store(text, "card-sim PIN try counters (tries left per key reference; 0 = blocked)");
        Path dir = stateFile.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, stateFile.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
            move(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void move(Path tmp) throws IOException {
        try {
            Files.move(tmp, stateFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public synchronized String toString() {
        return "FilePinCounters[" + stateFile + ", " + tries + "]";
    }
}
