package dev.mynumber.agent.pcsc;

import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A card channel that refuses every transmit once its operation is cancelled (timed out).
 *
 * <p>It sits directly on the provider's channel, under the chaining and logging layers, so even a
 * {@code GET RESPONSE} issued on behalf of a command is stopped.
 */
final class CancellableChannel extends CardChannel {
    /** The message of the refusal; it never reaches a client (the client already has its TIMEOUT). */
    static final String CANCELLED = "operation cancelled after its timeout; nothing more is sent to the card";
    private final CardChannel channel;
    private final Cancellation cancellation;

    CancellableChannel(CardChannel channel, Cancellation cancellation) {
        this.channel = channel;
        this.cancellation = cancellation;
    }

    @Override
    public Card getCard() {
        return channel.getCard();
    }

    @Override
    public int getChannelNumber() {
        return channel.getChannelNumber();
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        check();
        return channel.transmit(command);
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        check();
        return channel.transmit(command, response);
    }

    @Override
    public void close() throws CardException {
        channel.close();
    }

    private void check() throws CardException {
        if (cancellation.cancelled()) {
            throw new CardException(CANCELLED);
        }
    }
}
