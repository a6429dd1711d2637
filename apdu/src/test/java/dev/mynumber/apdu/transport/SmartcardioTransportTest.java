package dev.mynumber.apdu.transport;

import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ErrorCode;
import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.junit.jupiter.api.Test;

/** The javax.smartcardio transport over a fake channel that behaves as the JDK does when a card vanishes. */
class SmartcardioTransportTest {
    /** What the fake channel does on transmit. */
    @FunctionalInterface
    private interface Behaviour {
        ResponseAPDU transmit(CommandAPDU command) throws CardException;
    }

    private static final class FakeChannel extends CardChannel {
        private final Behaviour behaviour;

        FakeChannel(Behaviour behaviour) {
            this.behaviour = behaviour;
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
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            return behaviour.transmit(command);
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    private static TransportException fail(Behaviour behaviour) {
        return assertThrows(TransportException.class,
                () -> new SmartcardioTransport(new FakeChannel(behaviour)).transceive(hex("00B0000001")));
    }

    @Test
    void movesTheBytesBothWays() throws TransportException {
        SmartcardioTransport transport = new SmartcardioTransport(new FakeChannel(command -> {
            assertEquals("00B08A00000000", hex(command.getBytes()));
            return new ResponseAPDU(hex("3082061F9000"));
        }));
        assertEquals("3082061F9000", hex(transport.transceive(hex("00B08A00000000"))));
    }

    @Test
    void removalCodesBecomeCardRemoved() {
        for (String code : new String[] {"SCARD_E_NOT_TRANSACTED", "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD",
            "SCARD_W_RESET_CARD", "SCARD_E_READER_UNAVAILABLE"}) {
            // the JDK wraps a PCSCException whose message is the PC/SC error name
            TransportException e = fail(command -> {
                throw new CardException("transmit() failed", new Exception(code));
            });
            assertEquals(ErrorCode.CARD_REMOVED, e.code(), code);
            assertInstanceOf(CardRemovedException.class, e, code); // the one type for a removal
        }
    }

    @Test
    void cardNotPresentBecomesCardRemoved() {
        assertEquals(ErrorCode.CARD_REMOVED, fail(command -> {
            throw new javax.smartcardio.CardNotPresentException("no card");
        }).code());
    }

    @Test
    void otherPcscErrorsBecomeTransportErrors() {
        TransportException e = fail(command -> {
            throw new CardException("transmit() failed", new Exception("SCARD_E_INSUFFICIENT_BUFFER"));
        });
        assertEquals(ErrorCode.TRANSPORT_ERROR, e.code());
        assertFalse(e instanceof CardRemovedException);
        assertEquals(ErrorCode.TRANSPORT_ERROR, fail(command -> {
            throw new CardException("no cause");
        }).code());
    }

    @Test
    void theJdksIllegalArgumentOnAVanishedCardBecomesCardRemoved() {
        // the JDK's ResponseAPDU throws this for an empty answer when the card is pulled mid-APDU
        assertEquals(ErrorCode.CARD_REMOVED, fail(command -> new ResponseAPDU(new byte[0])).code());
    }

    @Test
    void aDisconnectedCardBecomesCardRemoved() {
        assertEquals(ErrorCode.CARD_REMOVED, fail(command -> {
            throw new IllegalStateException("Card has been disconnected");
        }).code());
    }

    @Test
    void anInvalidCommandIsATransportErrorAndNothingIsSent() {
        TransportException e = assertThrows(TransportException.class,
                () -> new SmartcardioTransport(new FakeChannel(command -> {
                    throw new AssertionError("sent");
                })).transceive(hex("00B0")));
        assertEquals(ErrorCode.TRANSPORT_ERROR, e.code());
    }
}
