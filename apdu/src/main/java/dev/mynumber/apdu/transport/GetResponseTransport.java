package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.Iso7816;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Decorator that follows {@code 61xx} ("xx more bytes available") with GET RESPONSE {@code 00 C0 00 00 xx} until
 * the card gives another status word, and returns all the data with that final status (ISO/IEC 7816-4 §5.3.4).
 *
 * <p>The My Number card has not been seen to send {@code 61xx} (spec §3.1), but T=0 readers and other stacks
 * may; the JDK's own chaining is switched off so that it happens only here.
 */
public final class GetResponseTransport implements CardTransport {
    private static final int SW1_MORE_DATA = 0x61;
    /** Far more than the largest response (64 KiB in 256-byte pieces); stops a card that never ends. */
    private static final int MAX_ROUNDS = 300;

    private final CardTransport next;

    /**
     * Wraps a transport.
     *
     * @param next the transport below
     */
    public GetResponseTransport(CardTransport next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        byte[] response = next.transceive(command);
        if (!moreData(response)) {
            return response;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            data.write(response, 0, response.length - 2);
            int available = response[response.length - 1] & 0xFF;
            response = next.transceive(Iso7816.getResponse(available == 0 ? 256 : available).bytes());
            if (!moreData(response)) {
                data.write(response, 0, response.length);
                return data.toByteArray();
            }
        }
        throw new TransportException("card kept answering 61xx after " + MAX_ROUNDS + " GET RESPONSE commands");
    }

    private static boolean moreData(byte[] response) throws TransportException {
        if (response == null || response.length < 2) {
            throw new TransportException("response shorter than a status word");
        }
        return (response[response.length - 2] & 0xFF) == SW1_MORE_DATA;
    }

    @Override
    public String toString() {
        return "GetResponse(" + next + ")";
    }
}
