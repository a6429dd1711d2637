package dev.mynumber.agent.pcsc;

import dev.mynumber.apdu.transport.CardTransport;
import javax.smartcardio.CardChannel;

/** Builds the transport stack over a connected smartcardio channel. */
@FunctionalInterface
public interface TransportFactory {
    /**
     * Builds the transport.
     *
     * @param channel the basic channel of a connected card
     * @param reader the reader name (for the masked APDU log)
     * @return the transport to give to card work
     */
    CardTransport open(CardChannel channel, String reader);
}
