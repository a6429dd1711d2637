package dev.mynumber.agent.usecase;

import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.TransportException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Fakes that play, over the real simulated card, card and reader behaviours the spec leaves open (issue 13),
 * until the simulator plays them itself: each wraps the card's transport.
 */
final class VariantTransports {
    private static final String JPKI = "D392F000260100000001";
    private static final String TEXT = "D3921000310001010408";
    private static final int INS_SELECT = 0xA4;
    private static final int INS_SIGN = 0x2A;
    private static final int INS_GET_RESPONSE = 0xC0;
    private static final int HEADER = 4;

    private VariantTransports() {
    }

    /** A card on which re-SELECTing the current application clears its security status. */
    static CardTransport reselectClears(CardTransport card) {
        return new StatusClearing(card, false);
    }

    /** A card whose security status one signature with a key EF consumes (the next {@code 80 2A} needs a VERIFY). */
    static CardTransport signatureConsumesStatus(CardTransport card) {
        return new StatusClearing(card, true);
    }

    /** A reader without extended length: any extended APDU is answered {@code 6700}. */
    static CardTransport shortApduReader(CardTransport card) {
        return command -> command.length >= 7 && command[HEADER] == 0 ? new byte[] {0x67, 0x00}
                : card.transceive(command);
    }

    /** A T=0-style driver: every answer with data comes as {@code 61xx}, fetched with GET RESPONSE. */
    static CardTransport chainingDriver(CardTransport card) {
        return new Chaining(card);
    }

    /** Clears the current application's status the only way the simulator allows: select another, then it. */
    private static final class StatusClearing implements CardTransport {
        private final CardTransport card;
        private final boolean afterSignature;
        private String current;

        StatusClearing(CardTransport card, boolean afterSignature) {
            this.card = card;
            this.afterSignature = afterSignature;
        }

        @Override
        public byte[] transceive(byte[] command) throws TransportException {
            String aid = selectedAid(command);
            if (!afterSignature && aid != null && aid.equals(current)) {
                clear();
            }
            byte[] response = card.transceive(command);
            boolean ok = (response[response.length - 2] & 0xFF) == 0x90;
            if (aid != null && ok) {
                current = aid;
            }
            if (afterSignature && ok && (command[1] & 0xFF) == INS_SIGN && command[3] != 0) {
                clear();
            }
            return response;
        }

        private void clear() throws TransportException {
            card.transceive(select(JPKI.equals(current) ? TEXT : JPKI));
            card.transceive(select(current));
        }

        private static String selectedAid(byte[] command) {
            boolean byName = (command[1] & 0xFF) == INS_SELECT && command[2] == 0x04 && command.length > 5;
            return byName ? Hex.encode(Arrays.copyOfRange(command, 5, 5 + command[HEADER])) : null;
        }

        private static byte[] select(String aid) {
            return Hex.decode("00A4040C0A" + aid);
        }
    }

    /** Holds each answer's data and hands it out 256 bytes at a time. */
    private static final class Chaining implements CardTransport {
        private final CardTransport card;
        private byte[] pending = new byte[0];
        private byte[] finalSw;

        Chaining(CardTransport card) {
            this.card = card;
        }

        @Override
        public byte[] transceive(byte[] command) throws TransportException {
            if ((command[1] & 0xFF) == INS_GET_RESPONSE && pending.length > 0) {
                return next(command.length > HEADER && command[HEADER] != 0 ? command[HEADER] & 0xFF : 256);
            }
            byte[] response = card.transceive(command);
            if (response.length == 2) {
                return response;
            }
            pending = Arrays.copyOf(response, response.length - 2);
            finalSw = Arrays.copyOfRange(response, response.length - 2, response.length);
            return moreAvailable();
        }

        private byte[] next(int ne) {
            int n = Math.min(ne, pending.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(pending, 0, n);
            pending = Arrays.copyOfRange(pending, n, pending.length);
            out.writeBytes(pending.length == 0 ? finalSw : moreAvailable());
            return out.toByteArray();
        }

        private byte[] moreAvailable() {
            return new byte[] {0x61, (byte) Math.min(pending.length, 256)};
        }
    }
}
