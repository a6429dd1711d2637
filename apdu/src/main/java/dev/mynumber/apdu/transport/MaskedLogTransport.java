package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.StatusWord;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decorator that writes one line per command and per response to a sink, with secrets and card content masked.
 *
 * <p>Masked: the data of VERIFY ({@code 20}), CHANGE REFERENCE DATA ({@code 24}), RESET RETRY COUNTER
 * ({@code 2C}) and JICSAP CHANGE KEY ({@code 80 32}) commands, and the data of every READ BINARY, READ RECORD
 * and GET RESPONSE answer (My Number, attributes, photo, certificates). Lengths and status words stay visible:
 * <pre>
 * &gt; 00200098 Lc=4 [masked]
 * &lt; 63C2 COUNTER_2
 * &gt; 00B08A00000000
 * &lt; [1571 bytes masked] 9000 SUCCESS
 * </pre>
 */
public final class MaskedLogTransport implements CardTransport {
    private static final int HEADER = 4;

    private final CardTransport next;
    private final Consumer<String> sink;

    /**
     * Wraps a transport.
     *
     * @param next the transport below
     * @param sink receives one line per command, response or failure (e.g. a logger's debug method)
     */
    public MaskedLogTransport(CardTransport next, Consumer<String> sink) {
        this.next = Objects.requireNonNull(next, "next");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        sink.accept("> " + describeCommand(command));
        byte[] response;
        try {
            response = next.transceive(command);
        } catch (TransportException e) {
            sink.accept("! " + e.code());
            throw e;
        }
        boolean mask = command.length < HEADER || SecretCommands.returnsFileContent(command[1] & 0xFF);
        sink.accept("< " + describeResponse(response, mask));
        return response;
    }

    /** The command in hex, with the data field replaced by its length where it is a secret. */
    static String describeCommand(byte[] command) {
        if (command.length < HEADER) {
            return "[" + command.length + " bytes, not a command]";
        }
        String header = Hex.encode(Arrays.copyOf(command, HEADER));
        CommandApdu apdu;
        try {
            apdu = CommandApdu.parse(command);
        } catch (IllegalArgumentException e) {
            return header + " [" + (command.length - HEADER) + " bytes, not parsed, masked]";
        }
        if (apdu.nc() == 0 || !SecretCommands.carriesSecret(apdu.cla(), apdu.ins())) {
            return Hex.encode(command);
        }
        return header + " Lc=" + apdu.nc() + " [masked]" + (apdu.ne() == 0 ? "" : " Ne=" + apdu.ne());
    }

    /** The response's status word, after its data in hex or, when masked, the data's length. */
    static String describeResponse(byte[] response, boolean maskData) {
        if (response == null || response.length < 2) {
            return "[" + (response == null ? 0 : response.length) + " bytes, no status word]";
        }
        int n = response.length - 2;
        StatusWord sw = StatusWord.of(response[n], response[n + 1]);
        if (n == 0) {
            return sw.toString();
        }
        String data = maskData ? "[" + n + " bytes masked]" : Hex.encode(Arrays.copyOf(response, n));
        return data + " " + sw;
    }

    @Override
    public String toString() {
        return "MaskedLog(" + next + ")";
    }
}
