package dev.mynumber.agent.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderView;
import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.simulator.SimulatorControl;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reader doctor over the in-JVM simulator: facts measured, only harmless commands, no personal data. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DoctorTest {
    /** The JPKI card's contact ATR (the one OpenSC identifies the card by; docs/simulator-card.md). */
    static final String JPKI_ATR = "3BE000FF8131FE4514";

    @Test
    void reportsAtrProtocolRoundTripAndExtendedLengthWithoutAnyVerify() throws Exception {
        SimulatedReaders sims = new SimulatedReaders("Sim 0", "Sim 1");
        SimulatorControl control = new SimulatorControl(sims, PersonaCatalog::card, PersonaCatalog.list());
        control.insert("Sim 0", "adult");
        AtrRecorder atrs = new AtrRecorder(new StandardTransports());
        ReaderManager readers = new ReaderManager(List.of(new FactorySource(sims.terminalFactory(), true)), atrs,
                new JpkiCardTypeDetector(), new EventBus(), Duration.ofSeconds(2), Duration.ofSeconds(30));
        RecentErrors errors = new RecentErrors(Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));
        errors.finished("card-info", "Sim 0", "WRONG_PIN", Duration.ofMillis(40));
        errors.finished("pin-status", "Sim 0", "OK", Duration.ofMillis(10));
        try {
            settle(readers);
            int before = control.apduLog("Sim 0").size();
            DoctorReport report = new Doctor(readers, atrs, errors, "test").examine();

            assertEquals("disabled", report.pcsc());
            ReaderReport card = report.readers().get(0);
            assertEquals("Sim 0", card.name());
            assertTrue(card.cardPresent());
            assertEquals("MY_NUMBER_CARD", card.cardType());
            assertEquals(JPKI_ATR, card.atr());
            assertTrue(card.protocol().startsWith("T="), card.protocol());
            assertEquals(5, card.roundTrip().commands());
            assertTrue(card.roundTrip().minMillis() <= card.roundTrip().medianMillis()
                    && card.roundTrip().medianMillis() <= card.roundTrip().maxMillis(), card.roundTrip().toString());
            assertEquals("SUPPORTED", card.extendedLength().status(), card.extendedLength().toString());
            assertTrue(card.extendedLength().bytes() > 256, card.extendedLength().toString());
            assertNull(card.problem());
            ReaderReport empty = report.readers().get(1);
            assertFalse(empty.cardPresent());
            assertNull(empty.atr());
            assertEquals(List.of(new RecentErrors.RecentError("2026-04-01T09:00:00Z", "card-info", "Sim 0",
                    "WRONG_PIN")), report.recentErrors());

            List<String> sent = control.apduLog("Sim 0").subList(before, control.apduLog("Sim 0").size());
            assertEquals(5 + 2, sent.stream().filter(l -> !l.equals("reset")).count(), sent.toString());
            assertTrue(sent.stream().noneMatch(l -> l.startsWith("00 20") || l.startsWith("0020")), sent.toString());
            String json = new ObjectMapper().writeValueAsString(report);
            assertFalse(Pattern.compile("[0-9]{12}").matcher(json).find(), json);
            assertFalse(json.contains("試験"), json);
            assertTrue(report.text().contains("extended length: SUPPORTED"), report.text());
        } finally {
            readers.close();
        }
    }

    /** Polls and waits until card detection finished (as the agent's first poll does). */
    static void settle(ReaderManager readers) {
        readers.poll();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (readers.readers().stream().anyMatch(ReaderView::busy) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
