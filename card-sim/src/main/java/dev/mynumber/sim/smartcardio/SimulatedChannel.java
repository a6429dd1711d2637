package dev.mynumber.sim.smartcardio;

import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A logical channel of a {@link SimulatedCardConnection}: the basic channel 0 or one opened by MANAGE CHANNEL.
 *
 * <p>Unlike SunPCSC with its defaults, it never issues GET RESPONSE or repeats a command on {@code 61xx} or
 * {@code 6Cxx}: callers see exactly what the card answered (the project disables that JDK behaviour too).
 */
final class SimulatedChannel extends CardChannel {
    private final SimulatedCardConnection card;
    private final int number;
    private volatile boolean closed;

    SimulatedChannel(SimulatedCardConnection card, int number) {
        this.card = card;
        this.number = number;
    }

    @Override
    public Card getCard() {
        return card;
    }

    @Override
    public int getChannelNumber() {
        check();
        return number;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        return new ResponseAPDU(exchange(command.getBytes()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        byte[] c = new byte[command.remaining()];
        command.get(c);
        byte[] r = exchange(c);
        if (response.remaining() < r.length) {
            throw new IllegalArgumentException("Insufficient space in response buffer");
        }
        response.put(r);
        return r.length;
    }

    private byte[] exchange(byte[] c) throws CardException {
        check();
        if (c.length < 4) {
            throw new IllegalArgumentException("command must be at least 4 bytes long");
        }
        if ((c[1] & 0xFF) == 0x70) {
            throw new IllegalArgumentException("Manage channel command not allowed, use openLogicalChannel()");
        }
        if (number > 0) {
            // ISO/IEC 7816-4 §5.4.1: channels 1-3 in the first interindustry CLA, 4-19 in the further one.
            c[0] = number < 4 ? (byte) ((c[0] & 0xBC) | number) : (byte) ((c[0] & 0xB0) | 0x40 | (number - 4));
        }
        return card.transmit(c);
    }

    @Override
    public void close() throws CardException {
        if (number == 0) {
            throw new IllegalStateException("Cannot close basic logical channel");
        }
        if (!closed) {
            closed = true;
            card.transmit(new byte[] {0x00, 0x70, (byte) 0x80, (byte) number});
        }
    }

    private void check() {
        card.checkConnected();
        if (closed) {
            throw new IllegalStateException("Logical channel has been closed");
        }
    }
}
