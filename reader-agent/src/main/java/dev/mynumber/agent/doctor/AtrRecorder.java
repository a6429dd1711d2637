package dev.mynumber.agent.doctor;

import dev.mynumber.agent.pcsc.TransportFactory;
import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;

/**
 * Wraps the transport factory to note each reader's last card ATR and protocol when an operation connects (the
 * doctor reports them); the ATR is public card metadata, no personal data.
 */
public final class AtrRecorder implements TransportFactory {
    private final TransportFactory delegate;
    private final Map<String, CardSession> sessions = new ConcurrentHashMap<>();

    /**
     * Wraps a factory.
     *
     * @param delegate the real transport factory
     */
    public AtrRecorder(TransportFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public CardTransport open(CardChannel channel, String reader) {
        Card card = channel.getCard();
        sessions.put(reader, new CardSession(Hex.encode(card.getATR().getBytes()), card.getProtocol()));
        return delegate.open(channel, reader);
    }

    /** The last card session seen on a reader. */
    public Optional<CardSession> last(String reader) {
        return Optional.ofNullable(sessions.get(reader));
    }
}
