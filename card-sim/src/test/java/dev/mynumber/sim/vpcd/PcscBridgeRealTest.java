package dev.mynumber.sim.vpcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.testing.RealStack;
import dev.mynumber.sim.testing.ScriptedCard;
import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CardTerminals.State;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The simulated adult card behind {@link VpcdCard} as javax.smartcardio (SunPCSC) sees it through pcscd. */
@Tag("pcsc")
class PcscBridgeRealTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static TerminalFactory factory;

    @BeforeAll
    static void realStack() {
        RealStack.requireVpcdSlot0();
        factory = RealStack.sunPcsc();
    }

    /** The card these tests insert: the built-in adult persona with fresh counters. */
    static SimCard card() {
        return SimulatedCards.create("adult");
    }

    @Test
    void sunPcscSeesTheCardAndItAnswers() throws Exception {
        CardTerminal terminal = RealStack.emptyVpcdTerminal(factory);
        try (VpcdCard bridge = new VpcdCard(RealStack.VPCD_HOST, RealStack.VPCD_PORT, card())) {
            bridge.onStatus(RealStack::trace);
            bridge.start();
            assertTrue(terminal.waitForCardPresent(10_000), "no card seen in " + RealStack.READER);
            Card c = terminal.connect("*");
            assertEquals(ScriptedCard.JPKI_ATR, HEX.formatHex(c.getATR().getBytes()));
            assertEquals("T=1", c.getProtocol());
            assertEquals(0x9000, c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex(SELECT_JPKI))).getSW());
            c.disconnect(false);
        }
    }

    @Test
    void insertAndRemoveAreSeenThroughWaitForChange() throws Exception {
        RealStack.emptyVpcdTerminal(factory);
        try (VpcdCard bridge = new VpcdCard(RealStack.VPCD_HOST, RealStack.VPCD_PORT, null)) {
            bridge.onStatus(RealStack::trace);
            bridge.start();
            CardTerminals terminals = factory.terminals();
            terminals.list(State.CARD_INSERTION); // primes SunPCSC's event state (shared/tooling.md)
            terminals.waitForChange(1);
            bridge.insert(card());
            assertEquals(List.of(RealStack.READER), awaitEvent(terminals, State.CARD_INSERTION));
            bridge.remove();
            assertEquals(List.of(RealStack.READER), awaitEvent(terminals, State.CARD_REMOVAL));
            bridge.insert(card());
            assertEquals(List.of(RealStack.READER), awaitEvent(terminals, State.CARD_INSERTION));
            bridge.insert(card()); // a swap: pcscd must see the first card leave
            assertEquals(List.of(RealStack.READER), awaitEvent(terminals, State.CARD_REMOVAL));
            assertTrue(terminals.getTerminal(RealStack.READER).waitForCardPresent(10_000));
        }
    }

    @Test
    void anInjectedRemovalFailsTheCommandAndEmptiesTheReader() throws Exception {
        CardTerminal terminal = RealStack.emptyVpcdTerminal(factory);
        FaultyCard card = new FaultyCard(card(), FaultPlan.parse("remove-at:2"));
        try (VpcdCard bridge = new VpcdCard(RealStack.VPCD_HOST, RealStack.VPCD_PORT, card)) {
            bridge.onStatus(RealStack::trace);
            bridge.start();
            assertTrue(terminal.waitForCardPresent(10_000));
            Card c = terminal.connect("*");
            CommandAPDU select = new CommandAPDU(HEX.parseHex(SELECT_JPKI));
            assertEquals(0x9000, c.getBasicChannel().transmit(select).getSW());
            // SunPCSC reports a pulled card either way (shared/tooling.md)
            Exception e = assertThrows(Exception.class, () -> c.getBasicChannel().transmit(select));
            assertTrue(e instanceof CardException || e instanceof IllegalArgumentException, e.toString());
            assertTrue(terminal.waitForCardAbsent(5000));
            assertTrue(bridge.card().isEmpty());
            try {
                c.disconnect(false); // release pcscd's handle to the pulled card
            } catch (CardException | IllegalStateException ignored) {
                // already gone: nothing to release
            }
        }
    }

    private static List<String> awaitEvent(CardTerminals terminals, State event) throws CardException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (terminals.waitForChange(1000)) {
                List<String> names = terminals.list(event).stream().map(CardTerminal::getName)
                        .filter(RealStack.READER::equals).toList();
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }
}
