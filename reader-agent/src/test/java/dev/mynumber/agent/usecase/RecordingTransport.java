package dev.mynumber.agent.usecase;

import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.TransportException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records the header (CLA INS P1 P2) and length of every command on its way to the card. */
final class RecordingTransport implements CardTransport {
    private final CardTransport card;
    private final List<byte[]> commands = new ArrayList<>();

    RecordingTransport(CardTransport card) {
        this.card = card;
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        commands.add(command.clone());
        return card.transceive(command);
    }

    /** Headers as upper-case hex, e.g. {@code 00A4040C}. */
    List<String> headers() {
        List<String> out = new ArrayList<>();
        for (byte[] command : commands) {
            out.add(Hex.encode(Arrays.copyOf(command, 4)).toUpperCase());
        }
        return out;
    }

    /** VERIFY commands that carried a secret (a status query has no data and is 4 bytes long). */
    long verifiesWithData() {
        return commands.stream().filter(c -> (c[1] & 0xFF) == 0x20 && c.length > 4).count();
    }

    /** Extended-length commands (a zero byte after the header, then at least two more bytes). */
    long extendedCount() {
        return commands.stream().filter(c -> c.length >= 7 && c[4] == 0).count();
    }

    /**
     * Each command named for a transcript (issue 17, docs/apdu-sequences.md): {@code SELECT}, {@code QUERY 91} (a
     * VERIFY without data), {@code VERIFY 91}, {@code READ 01} (short EF id), {@code READ @0100} (offset in the
     * current EF), {@code SIGN 97} (P2 = the key), {@code GET RESPONSE}; anything else by its header.
     */
    List<String> named() {
        List<String> out = new ArrayList<>();
        for (byte[] c : commands) {
            String p1 = Hex.encode(new byte[] {c[2]}).toUpperCase();
            String p2 = Hex.encode(new byte[] {c[3]}).toUpperCase();
            out.add(switch (c[1] & 0xFF) {
                case 0xA4 -> "SELECT";
                case 0x20 -> (c.length > 4 ? "VERIFY " : "QUERY ") + p2;
                case 0xB0 -> (c[2] & 0x80) != 0 ? "READ " + Hex.encode(new byte[] {(byte) (c[2] & 0x1F)})
                        : "READ @" + p1 + p2;
                case 0x2A -> "SIGN " + p2;
                case 0xC0 -> "GET RESPONSE";
                default -> Hex.encode(Arrays.copyOf(c, 4)).toUpperCase();
            });
        }
        return out;
    }

    int count() {
        return commands.size();
    }

    void clear() {
        commands.clear();
    }
}
