package dev.mynumber.agent.support;

import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.pcsc.TransportFactory;
import dev.mynumber.apdu.transport.CardTransport;
import java.util.concurrent.atomic.AtomicInteger;
import javax.smartcardio.CardChannel;

/**
 * The production transports with two counters: how often a card was opened for work (detection included) and
 * how many command APDUs were sent; a refusal must leave both unchanged.
 */
public final class CountingTransports implements TransportFactory {
    private final TransportFactory inner = new StandardTransports();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();

    @Override
    public CardTransport open(CardChannel channel, String reader) {
        opens.incrementAndGet();
        CardTransport transport = inner.open(channel, reader);
        return command -> {
            commands.incrementAndGet();
            return transport.transceive(command);
        };
    }

    /** Cards opened so far, on any reader. */
    public int opens() {
        return opens.get();
    }

    /** Command APDUs sent so far, on any reader. */
    public int commands() {
        return commands.get();
    }
}
