package dev.mynumber.agent.pcsc;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.apdu.ApduException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * Knows every attached reader, polls the sources for hot-plug, and runs card work on the right reader.
 *
 * <p>{@link #poll()} is called by {@link HotPlugMonitor}; tests may call it directly to be deterministic.
 */
public final class ReaderManager {
    private final List<TerminalSource> sources;
    private final TransportFactory transports;
    private final CardTypeDetector detector;
    private final EventBus events;
    private final Duration busyWait;
    private final Duration timeout;
    private final Map<String, ReaderSlot> slots = new ConcurrentHashMap<>();
    private volatile String pcscState = "disabled";

    /**
     * Creates the manager; nothing runs until {@link #poll()}.
     *
     * @param sources the reader sources (real PC/SC and/or simulated)
     * @param transports builds the transport stack per operation
     * @param detector tells card types apart on insertion
     * @param events where reader and card events go
     * @param busyWait how long a request waits for a busy reader
     * @param timeout the per-operation timeout
     */
    public ReaderManager(List<TerminalSource> sources, TransportFactory transports, CardTypeDetector detector,
            EventBus events, Duration busyWait, Duration timeout) {
        this.sources = List.copyOf(sources);
        this.transports = transports;
        this.detector = detector;
        this.events = events;
        this.busyWait = busyWait;
        this.timeout = timeout;
    }

    /** One hot-plug round: attach and detach readers, note card insertions and removals, publish events. */
    public synchronized void poll() {
        Set<String> seen = new HashSet<>();
        for (TerminalSource source : sources) {
            Optional<List<CardTerminal>> list = source.terminals();
            if (!source.simulated()) {
                pcscState = list.isPresent() ? "available" : "unavailable";
            }
            Set<String> removals = list.isPresent() ? source.cardRemovals() : Set.of();
            for (CardTerminal terminal : list.orElse(List.of())) {
                seen.add(terminal.getName());
                updateCard(slotFor(terminal, source), removals.contains(terminal.getName()));
            }
        }
        for (ReaderSlot slot : new ArrayList<>(slots.values())) {
            if (!seen.contains(slot.name())) {
                detach(slot);
            }
        }
    }

    /**
     * The slot of a listed terminal. A reader unplugged and plugged in again between two polls comes back
     * as a new terminal object under the same name (the old one answers "no card" forever): the old slot
     * is detached and a new one attached, so the re-plugged reader and its card are picked up.
     */
    private ReaderSlot slotFor(CardTerminal terminal, TerminalSource source) {
        ReaderSlot slot = slots.get(terminal.getName());
        if (slot != null && slot.terminal() != terminal) {
            detach(slot);
            slot = null;
        }
        if (slot == null) {
            slot = attach(terminal, source);
            slots.put(slot.name(), slot);
        }
        return slot;
    }

    /**
     * A reader id unique among the attached readers, kept for the reader's lifetime: the slug of its name,
     * with {@code -2}, {@code -3} ... when another reader's name slugs alike or is that text (PC/SC names can
     * collide after slugging, e.g. {@code Simulated Reader 0} and {@code simulated reader 0}).
     */
    private String uniqueId(String name) {
        String base = ReaderSlot.idOf(name);
        String id = base;
        for (int n = 2; taken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id) {
        return slots.containsKey(id) || slots.values().stream().anyMatch(s -> s.id().equals(id));
    }

    private ReaderSlot attach(CardTerminal terminal, TerminalSource source) {
        ReaderSlot slot = new ReaderSlot(terminal, uniqueId(terminal.getName()), source.simulated(), transports);
        events.publish(new AgentEvent(AgentEvent.READER_ATTACHED, Map.of("reader", slot.name(), "id", slot.id())));
        return slot;
    }

    private void detach(ReaderSlot slot) {
        slots.remove(slot.name());
        slot.close();
        if (slot.cardPresent()) {
            events.publish(cardEvent(AgentEvent.CARD_REMOVED, slot));
        }
        events.publish(new AgentEvent(AgentEvent.READER_DETACHED, Map.of("reader", slot.name(), "id", slot.id())));
    }

    /**
     * Announces what changed in one reader: a card that left since the last poll (even if another is in
     * now: a swap) is announced removed before the present card is announced inserted, so pages wipe the
     * old card's data.
     */
    private void updateCard(ReaderSlot slot, boolean removedSinceLastPoll) {
        boolean present;
        try {
            present = slot.terminal().isCardPresent();
        } catch (CardException | RuntimeException e) {
            present = false;
        }
        if (slot.cardPresent() && (removedSinceLastPoll || !present)) {
            AgentEvent removed = cardEvent(AgentEvent.CARD_REMOVED, slot);
            slot.cardPresent(false);
            events.publish(removed);
        }
        if (present && !slot.cardPresent()) {
            slot.cardPresent(true);
            Runnable announce = () -> events.publish(cardEvent(AgentEvent.CARD_INSERTED, slot));
            if (!slot.detectAsync(detector, announce)) {
                announce.run();
            }
        }
    }

    private static AgentEvent cardEvent(String type, ReaderSlot slot) {
        return new AgentEvent(type, Map.of("reader", slot.name(), "id", slot.id(),
                "cardType", String.valueOf(slot.cardType())));
    }

    /** The attached readers, sorted by name. */
    public List<ReaderView> readers() {
        return slots.values().stream().map(ReaderSlot::view)
                .sorted(java.util.Comparator.comparing(ReaderView::name)).toList();
    }

    /** {@code available}, {@code unavailable} (pcscd absent) or {@code disabled} (no PC/SC source). */
    public String pcscState() {
        return pcscState;
    }

    /**
     * Finds a reader by name or id.
     *
     * @throws AgentException NO_READER if none matches (PCSC_UNAVAILABLE while pcscd is down)
     */
    public ReaderSlot slot(String nameOrId) {
        ReaderSlot slot = slots.get(nameOrId);
        if (slot != null) {
            return slot;
        }
        return slots.values().stream().filter(s -> s.id().equals(nameOrId)).findFirst()
                .orElseThrow(() -> "unavailable".equals(pcscState)
                        ? new AgentException(AgentCode.PCSC_UNAVAILABLE, "no such reader, and PC/SC (pcscd) is not "
                                + "available")
                        : new AgentException(AgentCode.NO_READER, "no such reader"));
    }

    /**
     * The name of the attached reader with this id.
     *
     * @param id a reader id
     * @return its PC/SC name, or null when no attached reader has that id
     */
    public String nameOfId(String id) {
        return slots.values().stream().filter(s -> s.id().equals(id)).map(ReaderSlot::name).findFirst()
                .orElse(null);
    }

    /**
     * Runs card work on a reader's thread with the configured busy wait and timeout, then resets the card.
     *
     * @param nameOrId the reader
     * @param work the work
     * @return its result
     * @throws ApduException a card error
     */
    public <T> T withCard(String nameOrId, CardWork<T> work) throws ApduException {
        return slot(nameOrId).withCard(work, busyWait, timeout);
    }

    /** Stops every reader thread. */
    public void close() {
        slots.values().forEach(ReaderSlot::close);
        slots.clear();
    }
}
