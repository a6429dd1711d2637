package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.support.Await;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.card.jpki.JpkiConstants;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Readers unplugged and plugged in again within one poll, and readers whose names give the same id. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderReplugTest {
    private final List<AgentEvent> seen = new CopyOnWriteArrayList<>();

    private ReaderManager manager(SimulatedReaders sim) {
        EventBus events = new EventBus();
        events.subscribe(seen::add);
        return new ReaderManager(List.of(new FactorySource(sim.terminalFactory(), true)), new StandardTransports(),
                new JpkiCardTypeDetector(), events, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    private static int selectJpki(ReaderManager readers, String id) throws Exception {
        return readers.withCard(id, t -> {
            byte[] r = t.transceive(Iso7816.selectByName(JpkiConstants.AID).bytes());
            return ((r[r.length - 2] & 0xFF) << 8) | (r[r.length - 1] & 0xFF);
        });
    }

    @Test
    void aReaderReplugedWithinOnePollIsPickedUpWithItsCard() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Plug Reader");
        sim.reader("Plug Reader").insert(SimulatedCards.create("adult"));
        ReaderManager readers = manager(sim);
        readers.poll();
        Await.until("card detected", Duration.ofSeconds(5), () -> seen.size() == 2);
        sim.removeReader("Plug Reader");
        sim.addReader("Plug Reader").insert(SimulatedCards.create("adult"));
        readers.poll();
        Await.until("the re-plugged reader's card announced", Duration.ofSeconds(5),
                () -> seen.stream().filter(e -> e.type().equals(AgentEvent.CARD_INSERTED)).count() == 2);
        readers.poll();
        assertTrue(readers.readers().get(0).cardPresent(), () -> "state: " + readers.readers() + " " + seen);
        assertEquals(CardType.MY_NUMBER_CARD, readers.readers().get(0).cardType());
        assertEquals(0x9000, selectJpki(readers, "plug-reader"));
        List<String> types = seen.stream().map(AgentEvent::type).toList();
        assertEquals(List.of(AgentEvent.READER_ATTACHED, AgentEvent.CARD_INSERTED, AgentEvent.CARD_REMOVED,
                AgentEvent.READER_DETACHED, AgentEvent.READER_ATTACHED, AgentEvent.CARD_INSERTED), types);
        readers.close();
    }

    @Test
    void readersWhoseNamesSlugAlikeGetDistinctStableIdsAndEachItsOwnCard() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Simulated Reader 0", "simulated reader 0");
        sim.reader("Simulated Reader 0").insert(SimulatedCards.create("adult"));
        ReaderManager readers = manager(sim);
        readers.poll();
        List<ReaderView> views = readers.readers();
        assertEquals(2, views.size());
        assertNotEquals(views.get(0).id(), views.get(1).id(), () -> "ids: " + views);
        String full = readers.slot("Simulated Reader 0").id();
        String empty = readers.slot("simulated reader 0").id();
        assertEquals(0x9000, selectJpki(readers, full));
        AgentException noCard = assertThrows(AgentException.class, () -> selectJpki(readers, empty));
        assertEquals(AgentCode.NO_CARD, noCard.code());
        sim.addReader("Simulated-Reader-0");
        readers.poll();
        readers.poll();
        assertEquals(full, readers.slot("Simulated Reader 0").id(), "ids stay stable");
        assertEquals(empty, readers.slot("simulated reader 0").id(), "ids stay stable");
        assertEquals(3, readers.readers().stream().map(ReaderView::id).distinct().count());
        readers.close();
    }
}
