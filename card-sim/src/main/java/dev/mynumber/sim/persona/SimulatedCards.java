package dev.mynumber.sim.persona;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.FilePinCounters;
import dev.mynumber.sim.card.InMemoryPinCounters;
import dev.mynumber.sim.card.MyNumberCardSim;
import dev.mynumber.sim.card.PinCounters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates simulated My Number cards from personas: the persona layer's entry point.
 *
 * <p>Contents are built from pre-generated test keys (no RSA key generation), so a card is ready in
 * tens of milliseconds once the JVM is warm.
 */
public final class SimulatedCards {
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(LocalDate day, CardContents contents) {
    }

    private SimulatedCards() {
    }

    /**
     * Creates a card for a built-in persona with fresh in-memory try counters.
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the valid ids)
     */
    public static SimCard create(String personaId) {
        Persona p = Personas.builtIn(personaId);
        CardContents c = contents(p);
        return new MyNumberCardSim(c, new InMemoryPinCounters(c), new SecureRandom());
    }

    /** Creates a card for a persona with the given try counters (built over the same persona's contents). */
    public static SimCard create(Persona p, PinCounters counters) {
        return new MyNumberCardSim(contents(p), counters, new SecureRandom());
    }

    /**
     * Creates a card from a built-in persona id or a persona JSON file path, with counters persisted in a
     * state file when one is given (a blocked PIN then stays blocked across restarts).
     *
     * @param personaIdOrJsonPath a built-in id such as {@code adult}, or a path to a {@code .json} file
     * @param stateFileOrNull the state file, or null for fresh in-memory counters
     * @throws IOException if the persona file or state file cannot be read (PersonaException for bad JSON)
     * @throws IllegalArgumentException for an unknown built-in id
     */
    public static SimCard create(String personaIdOrJsonPath, Path stateFileOrNull) throws IOException {
        Persona p = resolve(personaIdOrJsonPath);
        CardContents c = contents(p);
        PinCounters counters = stateFileOrNull == null ? new InMemoryPinCounters(c)
                : FilePinCounters.open(stateFileOrNull, p.id(), c);
        return new MyNumberCardSim(c, counters, new SecureRandom());
    }

    /**
     * Returns the contents of a persona's card, certificates valid relative to the system clock. Contents of
     * built-in personas are cached for the current UTC day (they are immutable), so creating many cards is
     * cheap.
     */
    public static CardContents contents(Persona p) {
        if (!Personas.isBuiltIn(p)) {
            return contents(p, Clock.systemUTC());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Cached cached = CACHE.get(p.id());
        if (cached == null || !cached.day().equals(today)) {
            cached = new Cached(today, contents(p, Clock.systemUTC()));
            CACHE.put(p.id(), cached);
        }
        return cached.contents();
    }

    /** Builds the contents of a persona's card, certificate validity relative to the given clock. */
    public static CardContents contents(Persona p, Clock clock) {
        return ContentsFactory.build(p, clock);
    }

    /** Resolves a built-in id, or else (a name ending in {@code .json} or an existing file) a persona file. */
    public static Persona resolve(String personaIdOrJsonPath) throws IOException {
        if (Personas.BUILT_IN_IDS.contains(personaIdOrJsonPath)) {
            return Personas.builtIn(personaIdOrJsonPath);
        }
        Path path = Path.of(personaIdOrJsonPath);
        if (personaIdOrJsonPath.endsWith(".json") || Files.isRegularFile(path)) {
            return Personas.load(path);
        }
        return Personas.builtIn(personaIdOrJsonPath);
    }
}
