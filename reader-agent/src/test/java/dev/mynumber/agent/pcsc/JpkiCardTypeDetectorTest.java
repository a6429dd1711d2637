package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.sim.persona.SimulatedCards;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Only the card's own answer makes a card OTHER; a card that could not be talked to is tried again. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JpkiCardTypeDetectorTest {
    private final JpkiCardTypeDetector detector = new JpkiCardTypeDetector();

    @Test
    void aMyNumberCardIsOneAndACardWithoutTheJpkiApIsOther() {
        assertEquals(CardType.MY_NUMBER_CARD, detector.detect(SimulatedCards.create("adult")::transmit));
        assertEquals(CardType.OTHER, detector.detect(command -> new byte[] {0x6A, (byte) 0x82}));
    }

    @Test
    void aCardThatDoesNotAnswerYetIsNotACardOfAnotherKind() {
        assertThrows(AgentException.class, () -> detector.detect(command -> {
            throw new TransportException("SCARD_E_NOT_TRANSACTED");
        }));
        assertThrows(AgentException.class, () -> detector.detect(command -> {
            throw new IllegalArgumentException("apdu must be at least 2 bytes long"); // SunPCSC on a pulled card
        }));
    }
}
