package dev.mynumber.agent.pcsc;

import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.MaskedLogTransport;
import dev.mynumber.apdu.transport.SmartcardioTransport;
import dev.mynumber.apdu.transport.Transports;
import javax.smartcardio.CardChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production transport stack: smartcardio, then 61xx/6Cxx handling, then a masked APDU log at DEBUG.
 *
 * <p>The log line shows commands and status words with VERIFY data and read contents masked
 * ({@link MaskedLogTransport}); enable it with the logger {@code dev.mynumber.agent.apdu}.
 */
public final class StandardTransports implements TransportFactory {
    private static final Logger APDU = LoggerFactory.getLogger("dev.mynumber.agent.apdu");

    @Override
    public CardTransport open(CardChannel channel, String reader) {
        CardTransport stack = Transports.standard(new SmartcardioTransport(channel));
        if (!APDU.isDebugEnabled()) {
            return stack;
        }
        return new MaskedLogTransport(stack, line -> APDU.debug("[{}] {}", reader, line));
    }
}
