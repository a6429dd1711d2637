package dev.mynumber.agent.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.CardType;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.PcscSource;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.support.RealTools;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The doctor through SunPCSC, real pcscd and vpcd slot 1 (run under the pcscd lock). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@Tag("pcsc")
class DoctorRealTest {
    private static final int SLOT1 = 35964;
    private static final String READER = "Virtual PCD 00 01";

    @Test
    void examinesTheCardInTheVirtualReaderThroughPcscd() throws Exception {
        RealTools.requirePcscdWithVpcd(SLOT1);
        AtrRecorder atrs = new AtrRecorder(new StandardTransports());
        ReaderManager readers = new ReaderManager(List.of(new PcscSource()), atrs, new JpkiCardTypeDetector(),
                new EventBus(), Duration.ofSeconds(5), Duration.ofSeconds(30));
        try (VpcdCard vpcd = new VpcdCard("127.0.0.1", SLOT1, SimulatedCards.create("adult"))) {
            vpcd.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (readers.readers().stream().noneMatch(r -> r.name().equals(READER)
                    && r.cardType() == CardType.MY_NUMBER_CARD && !r.busy())) {
                assertTrue(System.nanoTime() < deadline, "no card in " + READER + ": " + readers.readers());
                DoctorTest.settle(readers);
            }
            DoctorReport report = new Doctor(readers, atrs, new RecentErrors(Clock.systemUTC()), "test").examine();

            assertEquals("available", report.pcsc());
            ReaderReport card = report.readers().stream().filter(r -> r.name().equals(READER)).findFirst()
                    .orElseThrow();
            assertEquals(DoctorTest.JPKI_ATR, card.atr());
            assertEquals("T=1", card.protocol());
            assertEquals(5, card.roundTrip().commands());
            assertTrue(card.roundTrip().maxMillis() < 1000, card.roundTrip().toString());
            assertEquals("SUPPORTED", card.extendedLength().status(), card.extendedLength().toString());
            System.out.println(report.text());
        } finally {
            readers.close();
        }
    }
}
