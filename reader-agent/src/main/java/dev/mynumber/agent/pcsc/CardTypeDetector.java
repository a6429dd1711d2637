package dev.mynumber.agent.pcsc;

import dev.mynumber.apdu.transport.CardTransport;

/** Tells a My Number card from other cards, with a few APDUs that need no PIN. */
@FunctionalInterface
public interface CardTypeDetector {
    /**
     * Detects the type; never throws for a foreign card.
     *
     * @param transport the card
     * @return the type
     */
    CardType detect(CardTransport transport);
}
