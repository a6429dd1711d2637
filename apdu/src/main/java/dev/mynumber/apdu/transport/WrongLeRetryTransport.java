package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.CommandApdu;
import java.util.Objects;

/**
 * Decorator that answers {@code 6Cxx} ("wrong Le; xx bytes available") by sending the same command once more
 * with Le = xx ({@code 00} meaning 256), as ISO/IEC 7816-4 §5.3.4 asks of the terminal.
 *
 * <p>Retries at most once per command, only commands that had an Le field (cases 2 and 4), and never a
 * command that spends a PIN try (VERIFY, CHANGE REFERENCE DATA, RESET RETRY COUNTER, CHANGE KEY), so no try
 * can be spent behind the caller's back.
 */
public final class WrongLeRetryTransport implements CardTransport {
    private static final int SW1_WRONG_LE = 0x6C;

    private final CardTransport next;

    /**
     * Wraps a transport.
     *
     * @param next the transport below
     */
    public WrongLeRetryTransport(CardTransport next) {
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        byte[] response = next.transceive(command);
        if (response == null || response.length != 2 || (response[0] & 0xFF) != SW1_WRONG_LE) {
            return response;
        }
        CommandApdu original;
        try {
            original = CommandApdu.parse(command);
        } catch (IllegalArgumentException e) {
            return response; // not a command we can rewrite: let the caller see 6Cxx
        }
        if (original.ne() == 0 || SecretCommands.carriesSecret(original.cla(), original.ins())) {
            return response;
        }
        int available = response[1] & 0xFF;
        return next.transceive(original.withNe(available == 0 ? 256 : available).bytes());
    }

    @Override
    public String toString() {
        return "WrongLeRetry(" + next + ")";
    }
}
