package dev.mynumber.apdu.transport;

import java.util.Objects;

/**
 * A transport bound to the capabilities of the reader it goes through, so that a session built from the
 * transport alone ({@code new MyNumberCard(transport)}) uses and updates that reader's knowledge.
 *
 * <p>Moves bytes unchanged; put it outermost, around the whole stack of one connection.
 *
 * @param next the transport of this connection
 * @param capabilities the reader's capabilities, kept by the caller across connections
 */
public record ReaderTransport(CardTransport next, ReaderCapabilities capabilities) implements CardTransport {
    /** Checks the parts. */
    public ReaderTransport {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        return next.transceive(command);
    }
}
