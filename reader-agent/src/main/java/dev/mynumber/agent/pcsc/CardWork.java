package dev.mynumber.agent.pcsc;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.transport.CardTransport;

/**
 * Work done with a connected card, on its reader's thread; the card is reset right after it.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface CardWork<T> {
    /**
     * Runs the work.
     *
     * @param transport the card's transport (chaining and masked logging already applied)
     * @return the result
     * @throws ApduException any card error, mapped by the HTTP layer
     */
    T run(CardTransport transport) throws ApduException;
}
