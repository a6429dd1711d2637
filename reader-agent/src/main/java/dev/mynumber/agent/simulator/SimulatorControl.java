package dev.mynumber.agent.simulator;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.pcsc.ReaderSlot;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.smartcardio.SimulatedReader;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import dev.mynumber.sim.variant.Variants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Drives the in-JVM simulated readers: insert, swap and remove persona cards, reset counters, inject
 * faults, and keep a masked APDU log per reader.
 *
 * <p>Cards may play card and reader variants ({@code dev.mynumber.sim.variant}): the control's default
 * variants, or those given to {@link #insert(String, String, Variants)}.
 *
 * <p>Each inserted card is wrapped in an {@link ApduLog} (masked by the simulator), so tests and the
 * developer console can see exactly which APDUs a request sent.
 */
public final class SimulatorControl {
    private final SimulatedReaders readers;
    private final BiFunction<String, Variants, SimCard> cards;
    private final List<Map<String, String>> personas;
    private final Variants defaults;
    private final Map<String, Inserted> inserted = new ConcurrentHashMap<>();
    private volatile Function<String, String> nameOfId = id -> null;

    /**
     * Creates the control.
     *
     * @param readers the simulated readers
     * @param cards makes a fresh card for a persona id (IllegalArgumentException for an unknown id)
     * @param personas the personas to list ({@code id}, {@code displayName})
     */
    public SimulatorControl(SimulatedReaders readers, Function<String, SimCard> cards,
            List<Map<String, String>> personas) {
        this(readers, (id, variants) -> {
            if (!variants.isEmpty()) {
                throw new AgentException(AgentCode.BAD_REQUEST, "this simulator plays no variants");
            }
            return cards.apply(id);
        }, personas, Variants.NONE);
    }

    /**
     * Creates the control over cards that play variants.
     *
     * @param readers the simulated readers
     * @param cards makes a fresh card for a persona id playing variants (IllegalArgumentException for an
     *     unknown id)
     * @param personas the personas to list ({@code id}, {@code displayName})
     * @param defaults the variants of cards inserted without a variant list
     */
    public SimulatorControl(SimulatedReaders readers, BiFunction<String, Variants, SimCard> cards,
            List<Map<String, String>> personas, Variants defaults) {
        this.readers = readers;
        this.cards = cards;
        this.personas = List.copyOf(personas);
        this.defaults = defaults;
    }

    /**
     * Resolves reader ids as the agent assigned them (unique, with a suffix when two names slug alike), so
     * the simulator endpoints address the same reader as the card endpoints.
     *
     * @param nameOfId the reader name of an id, or null when no attached reader has it
     */
    public void resolveIds(Function<String, String> nameOfId) {
        this.nameOfId = nameOfId;
    }

    /** The personas. */
    public List<Map<String, String>> personas() {
        return personas;
    }

    /** Inserts a fresh card of a persona (default variants), swapping out any card there; returns its APDU log. */
    public ApduLog insert(String reader, String personaId) {
        return insert(reader, personaId, defaults);
    }

    /** Inserts a fresh card of a persona playing the given variants, swapping out any card; returns its log. */
    public ApduLog insert(String reader, String personaId, Variants variants) {
        SimCard card;
        try {
            card = cards.apply(personaId, variants);
        } catch (IllegalArgumentException e) {
            throw new AgentException(AgentCode.NOT_FOUND, "no such persona");
        }
        return put(reader, personaId, variants, card);
    }

    /** Inserts any simulated card (tests). */
    public ApduLog insertCard(String reader, SimCard card) {
        return put(reader, "custom", Variants.NONE, card);
    }

    /**
     * Inserts the card behind a fault injector and, outside it, the masked log: the log records what the
     * agent received (injected status words and corrupted bytes), not what the card sent.
     */
    private ApduLog put(String reader, String persona, Variants variants, SimCard card) {
        FaultyCard faulty = new FaultyCard(card, FaultPlan.none());
        ApduLog log = new ApduLog(faulty);
        SimulatedReader r = reader(reader);
        r.insert(log);
        inserted.put(r.name(), new Inserted(persona, variants, log, faulty));
        return log;
    }

    /** Removes the card. */
    public void remove(String reader) {
        SimulatedReader r = reader(reader);
        r.remove();
        inserted.remove(r.name());
    }

    /** A fresh card of the same persona and variants: every counter back to its initial tries. */
    public void resetCounters(String reader) {
        Inserted i = current(reader);
        insert(reader, i.persona(), i.variants());
    }

    /** Injects faults into the card in the reader from its next command on. */
    public void faults(String reader, FaultPlan plan) {
        current(reader).faults().arm(plan);
    }

    /** The masked APDU log of the card in the reader. */
    public List<String> apduLog(String reader) {
        return current(reader).log().entries();
    }

    /** Adds a reader. */
    public void addReader(String name) {
        if (readers.readers().stream().anyMatch(r -> r.name().equals(name))) {
            throw new AgentException(AgentCode.BAD_REQUEST, "a reader of that name exists");
        }
        readers.addReader(name);
    }

    /** Removes a reader (it disappears from PC/SC). */
    public void removeReader(String name) {
        SimulatedReader r = reader(name);
        inserted.remove(r.name());
        readers.removeReader(r.name());
    }

    /** The readers and their personas. */
    public List<Map<String, Object>> readers() {
        return readers.readers().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("cardPresent", r.card().isPresent());
            Inserted i = inserted.get(r.name());
            m.put("persona", r.card().isPresent() && i != null ? i.persona() : null);
            m.put("variants", r.card().isPresent() && i != null ? i.variants().toString() : null);
            return m;
        }).toList();
    }

    private Inserted current(String reader) {
        SimulatedReader r = reader(reader);
        Inserted i = inserted.get(r.name());
        if (i == null || r.card().isEmpty()) {
            throw new AgentException(AgentCode.NO_CARD, "no simulated card in the reader");
        }
        return i;
    }

    /** A simulated reader by name or URL id. */
    private SimulatedReader reader(String nameOrId) {
        List<SimulatedReader> all = readers.readers();
        String resolved = nameOfId.apply(nameOrId);
        return all.stream().filter(r -> r.name().equals(nameOrId)).findFirst()
                .or(() -> all.stream().filter(r -> r.name().equals(resolved)).findFirst())
                .or(() -> all.stream().filter(r -> ReaderSlot.idOf(r.name()).equals(nameOrId)).findFirst())
                .orElseThrow(() -> new AgentException(AgentCode.NO_READER, "no such simulated reader"));
    }

    private record Inserted(String persona, Variants variants, ApduLog log, FaultyCard faults) {
    }
}
