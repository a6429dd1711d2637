package dev.mynumber.sim.smartcardio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.persona.SimulatedCards;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

/** The real simulated card (adult persona) behind the in-JVM provider. */
class AdultCardInJvmTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final String SELECT_AUTH_PIN = "00A4020C020018";

    private static int sw(CardChannel ch, String hex) throws CardException {
        return ch.transmit(new CommandAPDU(HEX.parseHex(hex))).getSW();
    }

    @Test
    void verifiesThroughSmartcardioAndTheLogMasksThePin() throws CardException {
        SimulatedReaders readers = new SimulatedReaders("Reader A");
        ApduLog log = new ApduLog(SimulatedCards.create("adult"));
        readers.reader("Reader A").insert(log);
        Card card = readers.terminalFactory().terminals().getTerminal("Reader A").connect("*");
        CardChannel ch = card.getBasicChannel();
        assertEquals("3BE000FF8131FE4514", HEX.formatHex(card.getATR().getBytes()));
        assertEquals(0x9000, sw(ch, SELECT_JPKI));
        assertEquals(0x9000, sw(ch, SELECT_AUTH_PIN));
        assertEquals(0x63C2, sw(ch, "002000800430303030"));
        assertEquals(0x9000, sw(ch, "002000800431323334"));
        assertEquals(0x63C3, sw(ch, "00200080")); // query: 3 tries, the success reset the counter
        card.disconnect(true);
        assertEquals(List.of("00A4040C0AD392F000260100000001 -> 9000", "00A4020C020018 -> 9000",
                "0020008004[4 bytes masked] -> 63C2", "0020008004[4 bytes masked] -> 9000", "00200080 -> 63C3",
                "reset"), log.entries());
        assertFalse(String.join("\n", log.entries()).contains("31323334"));
    }

    @Test
    void readersServeSeveralThreadsAtOnce() throws Exception {
        SimulatedReaders readers = new SimulatedReaders("Reader A", "Reader B");
        readers.reader("Reader A").insert(SimulatedCards.create("adult"));
        readers.reader("Reader B").insert(SimulatedCards.create("child"));
        TerminalFactory factory = readers.terminalFactory();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String name = t % 2 == 0 ? "Reader A" : "Reader B";
                results.add(pool.submit(() -> {
                    CardChannel ch = factory.terminals().getTerminal(name).connect("*").getBasicChannel();
                    int ok = 0;
                    for (int i = 0; i < 200; i++) {
                        ok += sw(ch, SELECT_JPKI) == 0x9000 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(readers.reader("Reader A").card().isPresent());
    }
}
