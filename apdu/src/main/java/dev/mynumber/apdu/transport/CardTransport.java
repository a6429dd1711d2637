package dev.mynumber.apdu.transport;

/**
 * Moves one command APDU to the card and its response back, as raw bytes.
 *
 * <p>The single method makes any lambda a fake card. Implementations move bytes only: they never read
 * status words (decorators in this package do chaining; the application layer interprets answers).
 */
@FunctionalInterface
public interface CardTransport {
    /**
     * Sends an encoded command APDU and returns the encoded response (data followed by SW1 SW2).
     *
     * @throws TransportException if the card or reader went away or failed
     */
    byte[] transceive(byte[] command) throws TransportException;
}
