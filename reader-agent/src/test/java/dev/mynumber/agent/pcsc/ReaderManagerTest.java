package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.support.Await;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;

/** Readers that appear later (a pcscd started after the agent), PC/SC going away, and cards swapped. */
class ReaderManagerTest {
    /** A PC/SC-like source that is down until switched on. */
    private static final class SwitchableSource implements TerminalSource {
        private final FactorySource inner;
        private volatile boolean up;

        SwitchableSource(SimulatedReaders readers) {
            this.inner = new FactorySource(readers.terminalFactory(), false);
        }

        @Override
        public Optional<List<CardTerminal>> terminals() {
            return up ? inner.terminals() : Optional.empty();
        }

        @Override
        public boolean simulated() {
            return false;
        }
    }

    @Test
    void picksUpReadersWhenPcscComesAndDropsThemWhenItGoes() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Late Reader");
        sim.reader("Late Reader").insert(SimulatedCards.create("adult"));
        SwitchableSource source = new SwitchableSource(sim);
        List<AgentEvent> seen = new CopyOnWriteArrayList<>();
        ReaderManager readers = manager(source, seen);
        readers.poll();
        assertEquals("unavailable", readers.pcscState());
        assertEquals(0, readers.readers().size());
        AgentException down = assertThrows(AgentException.class, () -> readers.withCard("late-reader", t -> 1));
        assertEquals(AgentCode.PCSC_UNAVAILABLE, down.code());
        source.up = true;
        readers.poll();
        assertEquals("available", readers.pcscState());
        Await.until("card-inserted", Duration.ofSeconds(5),
                () -> seen.stream().anyMatch(e -> e.type().equals(AgentEvent.CARD_INSERTED)));
        assertEquals(List.of(AgentEvent.READER_ATTACHED, AgentEvent.CARD_INSERTED),
                seen.stream().map(AgentEvent::type).toList());
        assertEquals(CardType.MY_NUMBER_CARD, readers.readers().get(0).cardType());
        source.up = false;
        readers.poll();
        assertTrue(seen.stream().anyMatch(e -> e.type().equals(AgentEvent.READER_DETACHED)));
        assertEquals(0, readers.readers().size());
        readers.close();
    }

    @Test
    void aCardSwappedBetweenTwoPollsIsAnnouncedRemovedThenInserted() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Swap Reader");
        sim.reader("Swap Reader").insert(SimulatedCards.create("adult"));
        List<AgentEvent> seen = new CopyOnWriteArrayList<>();
        ReaderManager readers = manager(new FactorySource(sim.terminalFactory(), true), seen);
        readers.poll();
        awaitEvents(seen, 2);
        sim.reader("Swap Reader").insert(SimulatedCards.create("child")); // one step: the reader never empty
        readers.poll();
        awaitEvents(seen, 4);
        readers.poll(); // nothing changed since: no further events
        // card work runs on the reader's own thread after anything the poll queued there: once it has run,
        // every event the poll could cause has been published
        readers.withCard("swap-reader", t -> 1);
        assertEquals(List.of(AgentEvent.READER_ATTACHED, AgentEvent.CARD_INSERTED, AgentEvent.CARD_REMOVED,
                AgentEvent.CARD_INSERTED), seen.stream().map(AgentEvent::type).toList());
        assertEquals("swap-reader", seen.get(2).data().get("id"));
        assertEquals("MY_NUMBER_CARD", seen.get(3).data().get("cardType"));
        assertTrue(readers.readers().get(0).cardPresent());
        readers.close();
    }

    @Test
    void aPullAndReinsertBetweenTwoPollsIsAnnouncedToo() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Quick Reader");
        sim.reader("Quick Reader").insert(SimulatedCards.create("adult"));
        List<AgentEvent> seen = new CopyOnWriteArrayList<>();
        ReaderManager readers = manager(new FactorySource(sim.terminalFactory(), true), seen);
        readers.poll();
        awaitEvents(seen, 2);
        sim.reader("Quick Reader").remove();
        sim.reader("Quick Reader").insert(SimulatedCards.create("adult"));
        readers.poll();
        awaitEvents(seen, 4);
        assertEquals(List.of(AgentEvent.CARD_REMOVED, AgentEvent.CARD_INSERTED),
                seen.subList(2, 4).stream().map(AgentEvent::type).toList());
        readers.close();
    }

    /** A manager over one source whose events land in {@code seen}. */
    private static ReaderManager manager(TerminalSource source, List<AgentEvent> seen) {
        EventBus events = new EventBus();
        events.subscribe(seen::add);
        return new ReaderManager(List.of(source), new StandardTransports(), new JpkiCardTypeDetector(), events,
                Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    private static void awaitEvents(List<AgentEvent> seen, int count) {
        Await.until(count + " events", Duration.ofSeconds(5), () -> seen.size() >= count);
        assertEquals(count, seen.size(), () -> "events: " + seen);
    }
}
