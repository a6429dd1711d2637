package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.transport.MaskedLogTransport;
import dev.mynumber.apdu.transport.SmartcardioTransport;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.apdu.transport.Transports;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.persona.PersonaSecrets;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;

/**
 * The production stack (masked log, 61xx/6Cxx decorators, the javax.smartcardio transport) over a
 * {@code CardChannel} whose card is the simulator and can be pulled out after a given APDU.
 */
class SimulatedSmartcardioStackTest {
    /** A javax.smartcardio channel to a simulated card; after {@code removeAfter} APDUs the card is gone. */
    private static final class SimChannel extends CardChannel {
        private final SimCard sim;
        private final int removeAfter;
        private int count;

        SimChannel(SimCard sim, int removeAfter) {
            this.sim = sim;
            this.removeAfter = removeAfter;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) {
            // the JDK answers a vanished card with an empty response, which ResponseAPDU refuses
            return new ResponseAPDU(++count > removeAfter ? new byte[0] : sim.transmit(command.getBytes()));
        }

        @Override
        public Card getCard() {
            return null;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static final String PIN = PersonaSecrets.of(Personas.builtIn("adult")).get(CardSecret.TEXT_PIN);

    private static MyNumberCard card(int removeAfter, List<String> log) {
        SimChannel channel = new SimChannel(SimulatedCards.create("adult"), removeAfter);
        return new MyNumberCard(new MaskedLogTransport(Transports.standard(new SmartcardioTransport(channel)),
                log::add));
    }

    @Test
    void readsThroughTheWholeStackAndLogsNoSecret() throws Exception {
        List<String> log = new ArrayList<>();
        TextAp text = card(Integer.MAX_VALUE, log).textAp();
        try (Pin4 pin = Pin4.of(PIN.toCharArray())) {
            text.verify(pin, LastTry.REFUSE);
        }
        String number = text.readMyNumber().digits();
        assertEquals(4, log.stream().filter(l -> l.startsWith(">")).count());
        assertEquals(false, String.join("\n", log).contains(number));
        assertEquals("> 00200091 Lc=4 [masked]", log.get(4));
    }

    @Test
    void aCardPulledMidOperationIsCardRemoved() throws Exception {
        for (int removeAfter = 0; removeAfter < 4; removeAfter++) {
            List<String> log = new ArrayList<>();
            MyNumberCard card = card(removeAfter, log);
            ApduException e = assertThrows(ApduException.class, () -> {
                TextAp text = card.textAp();
                try (Pin4 pin = Pin4.of(PIN.toCharArray())) {
                    text.verify(pin, LastTry.REFUSE);
                }
                text.readMyNumber();
            });
            assertEquals(ErrorCode.CARD_REMOVED, e.code(), "removed after " + removeAfter);
            assertEquals("! CARD_REMOVED", log.get(log.size() - 1));
        }
    }

    /** The simulator's own javax.smartcardio provider names the PC/SC error, so removal is classified at once. */
    @Test
    void theSimulatedProvidersRemovalsAreCardRemovedToo() throws Exception {
        SimulatedReaders readers = new SimulatedReaders("R0", "R1");
        for (String name : List.of("R0", "R1")) {
            readers.reader(name).insert(SimulatedCards.create("adult"));
        }
        CardChannel pulled = readers.terminalFactory().terminals().getTerminal("R0").connect("*").getBasicChannel();
        CardChannel vanished = readers.terminalFactory().terminals().getTerminal("R1").connect("*")
                .getBasicChannel();

        readers.reader("R0").remove();
        readers.removeReader("R1");

        for (CardChannel channel : List.of(pulled, vanished)) {
            TransportException e = assertThrows(TransportException.class,
                    () -> new SmartcardioTransport(channel).transceive(new byte[] {0, (byte) 0xA4, 4, 0x0C}));
            assertEquals(ErrorCode.CARD_REMOVED, e.code(), e.getMessage());
        }
    }
}
