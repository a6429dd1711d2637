package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 13 item 4: each reader slot keeps one {@link ReaderCapabilities} for every connection, so what a card
 * session learns about extended length serves the next operation on that reader and no other reader.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderCapabilitiesPerSlotTest {
    @Test
    void eachReaderKeepsItsOwnCapabilitiesAcrossOperations() throws Exception {
        SimulatedReaders sim = new SimulatedReaders("Reader A", "Reader B");
        sim.reader("Reader A").insert(SimulatedCards.create("adult"));
        sim.reader("Reader B").insert(SimulatedCards.create("adult"));
        EventBus events = new EventBus();
        CountDownLatch detected = new CountDownLatch(2);
        events.subscribe(e -> {
            if (e.type().equals(AgentEvent.CARD_INSERTED)) {
                detected.countDown();
            }
        });
        ReaderManager readers = new ReaderManager(List.of(new FactorySource(sim.terminalFactory(), true)),
                new StandardTransports(), new JpkiCardTypeDetector(), events, Duration.ofSeconds(5),
                Duration.ofSeconds(20));
        try {
            readers.poll();
            assertTrue(detected.await(20, TimeUnit.SECONDS), "both cards detected");
            ReaderCapabilities a = readers.withCard("reader-a", ReaderCapabilities::of);
            assertEquals(ExtendedLength.UNKNOWN, a.extendedLength());
            readers.withCard("reader-a", t -> new MyNumberCard(t).jpki().authCertificate());
            assertSame(a, readers.withCard("reader-a", ReaderCapabilities::of));
            assertEquals(ExtendedLength.SUPPORTED, a.extendedLength());
            ReaderCapabilities b = readers.withCard("reader-b", ReaderCapabilities::of);
            assertNotSame(a, b);
            assertEquals(ExtendedLength.UNKNOWN, b.extendedLength());
        } finally {
            readers.close();
        }
    }
}
