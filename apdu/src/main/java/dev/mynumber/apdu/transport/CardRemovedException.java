package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.ErrorCode;

/**
 * The card (or its reader) went away during an operation: code {@link ErrorCode#CARD_REMOVED}.
 *
 * <p>The one type for a removed card, made where removal is detected: {@link SmartcardioTransport} when PC/SC
 * or the JDK says the card is gone, and the agent's reader connection when the reader no longer sees the card
 * after a transport failure. Everything above tests the type, never a message (as apdu4j's
 * {@code TagRemovedException}).
 */
public final class CardRemovedException extends TransportException {
    /**
     * Creates the error.
     *
     * @param message what was seen, without card content
     */
    public CardRemovedException(String message) {
        super(ErrorCode.CARD_REMOVED, message, null);
    }

    /**
     * Creates the error with its cause.
     *
     * @param message what was seen, without card content
     * @param cause the failure that revealed the removal
     */
    public CardRemovedException(String message, Throwable cause) {
        super(ErrorCode.CARD_REMOVED, message, cause);
    }
}
