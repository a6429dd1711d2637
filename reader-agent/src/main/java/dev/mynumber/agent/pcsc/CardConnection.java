package dev.mynumber.agent.pcsc;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.transport.CardRemovedException;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.ReaderTransport;
import dev.mynumber.apdu.transport.TransportException;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One operation's life with the card: connect, run the work, reset the card, always.
 *
 * <p>{@code Card.disconnect(true)} is SCARD_RESET_CARD: verified PINs and selected files die with the
 * operation, so no request finds another's security state. Removal is recognised even when the transport
 * cannot tell it from another failure, by asking the reader whether the card is still there: either way it
 * leaves as a {@link CardRemovedException}, which the HTTP error mapper answers 409 {@code CARD_REMOVED}.
 */
final class CardConnection {
    private static final Logger LOG = LoggerFactory.getLogger(CardConnection.class);
    private static final int CONNECT_ATTEMPTS = 5;
    private static final long CONNECT_RETRY_MILLIS = 100;
    private final CardTerminal terminal;
    private final TransportFactory transports;
    /** What this reader has shown it carries (extended length), learned once and kept for every card. */
    private final ReaderCapabilities capabilities = new ReaderCapabilities();

    CardConnection(CardTerminal terminal, TransportFactory transports) {
        this.terminal = terminal;
        this.transports = transports;
    }

    /**
     * Connects, runs the work, resets; called on the reader's thread only.
     *
     * @param work the card work
     * @param cancellation set when the caller timed out: no APDU is sent after it
     */
    <T> T run(CardWork<T> work, Cancellation cancellation) throws ApduException {
        if (cancellation.cancelled()) {
            throw new AgentException(AgentCode.TIMEOUT, "the card operation timed out before it started");
        }
        Card card = connect();
        try {
            CancellableChannel channel = new CancellableChannel(card.getBasicChannel(), cancellation);
            return work.run(new ReaderTransport(transports.open(channel, terminal.getName()), capabilities));
        } catch (TransportException e) {
            throw cardGone() ? removed(e) : e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // smartcardio's own answer to a card that vanished mid-APDU (tooling notes)
            if (cardGone()) {
                throw removed(e);
            }
            throw e;
        } finally {
            reset(card);
        }
    }

    /**
     * Connects; a card the reader reports present but that does not answer yet (still powering up right
     * after insertion, seen with pcscd) is retried for up to half a second.
     */
    private Card connect() {
        for (int attempt = 1;; attempt++) {
            try {
                return terminal.connect("*");
            } catch (CardNotPresentException e) {
                throw new AgentException(AgentCode.NO_CARD, "no card in the reader");
            } catch (CardException | RuntimeException e) {
                if (attempt == CONNECT_ATTEMPTS || cardGone()) {
                    throw new AgentException(AgentCode.NO_CARD, "no card could be connected in the reader", e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(CONNECT_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentException(AgentCode.TIMEOUT, "interrupted while connecting to the card");
        }
    }

    /** The removal, made here when the reader no longer sees the card (the transport could not tell). */
    private static CardRemovedException removed(Exception cause) {
        return new CardRemovedException("the card was removed during the operation", cause);
    }

    /** Whether the card is no longer in the reader. */
    private boolean cardGone() {
        try {
            return !terminal.isCardPresent();
        } catch (CardException | RuntimeException e) {
            return true;
        }
    }

    /** Resets the card so its security state dies with this operation. */
    private void reset(Card card) {
        try {
            card.disconnect(true);
        } catch (CardException | RuntimeException e) {
            LOG.debug("reset after operation failed (card probably gone): {}", e.toString());
        }
    }
}
