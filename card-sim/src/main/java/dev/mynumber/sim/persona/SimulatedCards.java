package dev.mynumber.sim.persona;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.FilePinCounters;
import dev.mynumber.sim.card.InMemoryPinCounters;
import dev.mynumber.sim.card.MyNumberCardSim;
import dev.mynumber.sim.card.PinCounters;
import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.VariantCards;
import dev.mynumber.sim.variant.Variants;
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
        return create(personaId, Variants.NONE);
    }

    /**
     * Creates a card for a built-in persona with fresh in-memory try counters that plays the given variants:
     * content variants shape its files, card variants its answers, and reader variants put it behind a
     * reader that behaves so ({@link VariantCards}).
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the valid ids)
     */
    public static SimCard create(String personaId, Variants variants) {
        Persona p = Personas.builtIn(personaId);
        CardContents c = contents(p, variants);
        return build(c, new InMemoryPinCounters(c), variants);
    }

    /** Creates a card for a persona with the given try counters (built over the same persona's contents). */
    public static SimCard create(Persona p, PinCounters counters) {
        return new MyNumberCardSim(contents(p), counters, new SecureRandom());
    }

    /** Creates a card for a persona with the given try counters, playing the given variants. */
    public static SimCard create(Persona p, PinCounters counters, Variants variants) {
        return build(contents(p, variants), counters, variants);
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
        return create(personaIdOrJsonPath, stateFileOrNull, Variants.NONE);
    }

    /**
     * Creates a card as {@link #create(String, Path)} does, playing the given variants (see
     * {@link #create(String, Variants)}).
     */
    public static SimCard create(String personaIdOrJsonPath, Path stateFileOrNull, Variants variants)
            throws IOException {
        Persona p = resolve(personaIdOrJsonPath);
        CardContents c = contents(p, variants);
        PinCounters counters = stateFileOrNull == null ? new InMemoryPinCounters(c)
                : FilePinCounters.open(stateFileOrNull, p.id(), c);
        return build(c, counters, variants);
    }

    private static SimCard build(CardContents c, PinCounters counters, Variants variants) {
        return VariantCards.behindReader(new MyNumberCardSim(c, counters, new SecureRandom(), variants), variants);
    }

    /**
     * Returns the contents of a persona's card, certificates valid relative to the system clock. Contents of
     * built-in personas are cached for the current UTC day (they are immutable), so creating many cards is
     * cheap.
     */
    public static CardContents contents(Persona p) {
        return contents(p, Variants.NONE);
    }

    /**
     * Returns the contents of a persona's card with the given content variants (others ignored), cached as
     * {@link #contents(Persona)} is.
     */
    public static CardContents contents(Persona p, Variants variants) {
        Variants content = variants.only(Variant.Layer.CONTENT);
        if (!Personas.isBuiltIn(p)) {
            return contents(p, Clock.systemUTC(), content);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String key = p.id() + "|" + content;
        Cached cached = CACHE.get(key);
        if (cached == null || !cached.day().equals(today)) {
            cached = new Cached(today, contents(p, Clock.systemUTC(), content));
            CACHE.put(key, cached);
        }
        return cached.contents();
    }

    /** Builds the contents of a persona's card, certificate validity relative to the given clock. */
    public static CardContents contents(Persona p, Clock clock) {
        return ContentsFactory.build(p, clock);
    }

    /** Builds the contents of a persona's card with content variants, validity relative to the clock. */
    public static CardContents contents(Persona p, Clock clock, Variants variants) {
        return ContentsFactory.build(p, clock, variants.only(Variant.Layer.CONTENT));
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
