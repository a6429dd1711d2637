package dev.mynumber.sim.smartcardio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.testing.ScriptedCard;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals.State;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Test;

class SimulatedReadersTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final SimulatedReaders readers = new SimulatedReaders("Reader A", "Reader B");
    private final TerminalFactory factory = readers.terminalFactory();
    private final ScriptedCard card = ScriptedCard.jpki().on("00A4040C0AD392F000260100000001", "9000");

    private String send(Card c, String hex) throws CardException {
        return HEX.formatHex(c.getBasicChannel().transmit(new CommandAPDU(HEX.parseHex(hex))).getBytes());
    }

    private CardTerminal terminal(String name) {
        return factory.terminals().getTerminal(name);
    }

    @Test
    void isAStandardFactoryListingTheReaders() throws CardException {
        assertEquals("SimulatedPCSC", factory.getType());
        readers.reader("Reader B").insert(card);
        assertEquals(List.of("Reader A", "Reader B"), names(State.ALL));
        assertEquals(List.of("Reader B"), names(State.CARD_PRESENT));
        assertEquals(List.of("Reader A"), names(State.CARD_ABSENT));
    }

    private List<String> names(State s) throws CardException {
        return factory.terminals().list(s).stream().map(CardTerminal::getName).toList();
    }

    @Test
    void connectsAndTransmitsToTheInsertedCard() throws CardException {
        readers.reader("Reader A").insert(card);
        Card c = terminal("Reader A").connect("*");
        assertEquals("T=1", c.getProtocol());
        assertArrayEquals(HEX.parseHex(ScriptedCard.JPKI_ATR), c.getATR().getBytes());
        assertEquals("9000", send(c, "00A4040C0AD392F000260100000001"));
        assertEquals("6D00", send(c, "00FF000000"));
        assertEquals(0, c.getBasicChannel().getChannelNumber());
    }

    @Test
    void honoursTheProtocolsOfTheAtr() throws CardException {
        readers.reader("Reader A").insert(card);
        CardTerminal t = terminal("Reader A");
        assertThrows(CardException.class, () -> t.connect("T=0"));
        assertEquals("T=1", t.connect("T=1").getProtocol());
        assertThrows(IllegalArgumentException.class, () -> t.connect("T=7"));
        assertThrows(CardException.class, () -> t.connect("direct"));
        readers.reader("Reader B").insert(new ScriptedCard("3B00"));
        assertEquals("T=0", terminal("Reader B").connect("*").getProtocol());
    }

    @Test
    void emptyReaderRefusesToConnect() {
        assertThrows(CardNotPresentException.class, () -> terminal("Reader A").connect("*"));
        assertThrows(NoSuchElementException.class, () -> readers.reader("Reader Z"));
    }

    @Test
    void connectReturnsTheSameCardWhileValid() throws CardException {
        readers.reader("Reader A").insert(card);
        Card first = terminal("Reader A").connect("*");
        assertSame(first, terminal("Reader A").connect("T=1"));
        first.disconnect(false);
        assertNotSame(first, terminal("Reader A").connect("*"));
    }

    @Test
    void removedOrSwappedCardFailsTheOpenConnection() throws CardException {
        SimulatedReader reader = readers.reader("Reader A");
        reader.insert(card);
        Card c = terminal("Reader A").connect("*");
        reader.insert(ScriptedCard.jpki());
        assertThrows(CardException.class, () -> send(c, "00A4040C0AD392F000260100000001"));
        Card fresh = terminal("Reader A").connect("*");
        reader.remove();
        assertThrows(CardException.class, () -> send(fresh, "00A4040C0AD392F000260100000001"));
        assertTrue(reader.card().isEmpty());
    }

    @Test
    void disconnectWithResetResetsTheCard() throws CardException {
        readers.reader("Reader A").insert(card);
        terminal("Reader A").connect("*").disconnect(false);
        assertEquals(0, card.resets());
        Card c = terminal("Reader A").connect("*");
        c.disconnect(true);
        assertEquals(1, card.resets());
        assertThrows(IllegalStateException.class, () -> c.getBasicChannel());
    }

    @Test
    void controlCommandsAndLogicalChannelsAreRefused() throws CardException {
        readers.reader("Reader A").insert(card.on("0070000001", "6881"));
        Card c = terminal("Reader A").connect("*");
        assertThrows(CardException.class, () -> c.transmitControlCommand(0x42000001, new byte[0]));
        CardException e = assertThrows(CardException.class, c::openLogicalChannel);
        assertTrue(e.getMessage().endsWith("SW=6881"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> send(c, "0070000001"));
    }

    @Test
    void exclusiveAccessShutsOutOtherThreads() throws Exception {
        readers.reader("Reader A").insert(card);
        Card c = terminal("Reader A").connect("*");
        c.beginExclusive();
        assertThrows(CardException.class, c::beginExclusive);
        Exception[] seen = new Exception[1];
        Thread other = new Thread(() -> seen[0] = assertThrows(CardException.class, () -> send(c, "00FF000000")));
        other.start();
        other.join();
        assertTrue(seen[0].getMessage().contains("exclusive"), String.valueOf(seen[0]));
        assertEquals("6D00", send(c, "00FF000000"));
        c.endExclusive();
        String[] answer = new String[1];
        Thread again = new Thread(() -> {
            try {
                answer[0] = send(c, "00FF000000");
            } catch (CardException ex) {
                answer[0] = ex.toString();
            }
        });
        again.start();
        again.join();
        assertEquals("6D00", answer[0]);
    }
}
