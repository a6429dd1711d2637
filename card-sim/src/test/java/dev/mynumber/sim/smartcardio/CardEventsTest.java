package dev.mynumber.sim.smartcardio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.testing.ScriptedCard;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CardTerminals.State;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;

class CardEventsTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final SimulatedReaders readers = new SimulatedReaders("Reader A", "Reader B");
    private final CardTerminals terminals = readers.terminalFactory().terminals();

    private static List<String> names(List<CardTerminal> ts) {
        return ts.stream().map(CardTerminal::getName).toList();
    }

    @Test
    void beforeTheFirstWaitEventQueriesAreStatusQueries() throws CardException {
        readers.reader("Reader B").insert(ScriptedCard.jpki());
        assertEquals(List.of("Reader B"), names(terminals.list(State.CARD_INSERTION)));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_REMOVAL)));
    }

    @Test
    void waitForChangeIsWokenByAnInsertionOnAnotherThread() throws Exception {
        assertFalse(terminals.waitForChange(20));
        CompletableFuture<Boolean> waiting = new CompletableFuture<>();
        Thread waiter = new Thread(() -> waiting.complete(wait(terminals, 5000)), "waiter");
        waiter.start();
        awaitBlocked(waiter); // the insertion must wake a waiting thread, not find the change already made
        readers.reader("Reader A").insert(ScriptedCard.jpki());
        assertTrue(waiting.get(5, TimeUnit.SECONDS));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_INSERTION)));
        assertEquals(List.of(), names(terminals.list(State.CARD_REMOVAL)));
    }

    private static void awaitBlocked(Thread t) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (t.getState() != Thread.State.TIMED_WAITING && t.getState() != Thread.State.WAITING) {
            assertTrue(System.nanoTime() < deadline, "the waiter never blocked: " + t.getState());
            Thread.onSpinWait();
        }
    }

    private static boolean wait(CardTerminals ts, long ms) {
        try {
            return ts.waitForChange(ms);
        } catch (CardException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSwapIsARemovalAndAnInsertion() throws CardException {
        readers.reader("Reader A").insert(ScriptedCard.jpki());
        terminals.waitForChange(1);
        readers.reader("Reader A").insert(ScriptedCard.jpki());
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_INSERTION)));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_REMOVAL)));
    }

    @Test
    void removalAndReaderChangesAreEvents() throws CardException {
        readers.reader("Reader A").insert(ScriptedCard.jpki());
        terminals.waitForChange(1);
        readers.reader("Reader A").remove();
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_REMOVAL)));
        readers.addReader("Reader C");
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("Reader A", "Reader B", "Reader C"), names(terminals.list(State.ALL)));
        readers.removeReader("Reader B");
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("Reader A", "Reader C"), names(terminals.list(State.ALL)));
        assertFalse(terminals.waitForChange(20));
        readers.removeReader("Reader A");
        readers.removeReader("Reader C");
        assertThrows(IllegalStateException.class, () -> terminals.waitForChange(1));
    }

    @Test
    void waitForCardPresentAndAbsent() throws Exception {
        CardTerminal t = terminals.getTerminal("Reader A");
        assertFalse(t.waitForCardPresent(20));
        assertTrue(t.waitForCardAbsent(0));
        CompletableFuture.runAsync(() -> readers.reader("Reader A").insert(ScriptedCard.jpki()),
                CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS));
        assertTrue(t.waitForCardPresent(5000));
        assertTrue(t.isCardPresent());
    }

    @Test
    void injectedRemovalRemovesTheCardAndIsSeenAsAnEvent() throws CardException {
        SimulatedReader reader = readers.reader("Reader A");
        reader.insert(ScriptedCard.jpki());
        terminals.waitForChange(1);
        Card c = terminals.getTerminal("Reader A").connect("*");
        reader.injectFaults(FaultPlan.parse("remove-at:2"));
        c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex("00FF0000")));
        assertThrows(CardException.class,
                () -> c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex("00FF0000"))));
        assertTrue(reader.card().isEmpty());
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("Reader A"), names(terminals.list(State.CARD_REMOVAL)));
    }

    @Test
    void injectedReaderLossRemovesTheReader() throws CardException {
        readers.reader("Reader B").insert(ScriptedCard.jpki());
        Card c = terminals.getTerminal("Reader B").connect("*");
        readers.reader("Reader B").injectFaults(FaultPlan.parse("vanish-at:1"));
        CardException e = assertThrows(CardException.class,
                () -> c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex("00FF0000"))));
        assertTrue(e.getMessage().contains("no longer available"), e.getMessage());
        assertEquals(List.of("Reader A"), names(terminals.list(State.ALL)));
        assertThrows(CardException.class,
                () -> c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex("00FF0000"))));
    }

    @Test
    void aCardPulledDuringASlowCommandFailsThatCommand() throws Exception {
        SimulatedReader reader = readers.reader("Reader A");
        reader.insert(new dev.mynumber.sim.fault.FaultyCard(ScriptedCard.jpki(), FaultPlan.parse("delay:300ms")));
        Card c = terminals.getTerminal("Reader A").connect("*");
        CompletableFuture.runAsync(reader::remove, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        assertThrows(CardException.class,
                () -> c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex("00FF0000"))));
    }
}
