package dev.mynumber.sim.variant;

import dev.mynumber.sim.SimCard;
import java.util.Arrays;

/**
 * The {@code get-response} reader variant: a driver (T=0 style) that keeps answer data back and announces it
 * with {@code 61xx} (xx = bytes available, {@code 00} for 256 or more); the client fetches it with GET RESPONSE
 * {@code 00 C0 00 00 Le}, in chunks of at most 256 bytes, each but the last again answered {@code 61xx}.
 *
 * <p>Applies to successful answers carrying data of a case-4 command (data and Le: signing, INTERNAL
 * AUTHENTICATE) and to answers longer than 256 bytes (extended Le). Any other command discards pending data,
 * as a T=0 card does; GET RESPONSE with nothing pending goes to the card (which answers {@code 6D00}).
 */
final class GetResponseReader extends ReaderDecorator {
    private static final int OK = 0x9000;
    private static final int BYTES_AVAILABLE = 0x6100;
    private static final int WRONG_P1P2 = 0x6A86;
    private static final int GET_RESPONSE_INS = 0xC0;

    private byte[] pending;
    private int offset;

    GetResponseReader(SimCard card) {
        super(card);
    }

    @Override
    public byte[] transmit(byte[] command) {
        if (pending != null && isGetResponse(command)) {
            return next(command);
        }
        pending = null;
        byte[] response = card.transmit(command);
        int length = response.length - 2;
        if (ApduShape.sw(response) == OK && length > 0 && (ApduShape.case4(command) || length > ApduShape.SHORT_MAX)) {
            pending = Arrays.copyOf(response, length);
            offset = 0;
            return ApduShape.response(new byte[0], 0, 0, availableSw());
        }
        return response;
    }

    private byte[] next(byte[] command) {
        if (command[2] != 0 || command[3] != 0) {
            return ApduShape.response(new byte[0], 0, 0, WRONG_P1P2);
        }
        int chunk = Math.min(ApduShape.shortNe(command), pending.length - offset);
        byte[] data = pending;
        int from = offset;
        offset += chunk;
        if (offset < pending.length) {
            return ApduShape.response(data, from, chunk, availableSw());
        }
        pending = null;
        return ApduShape.response(data, from, chunk, OK);
    }

    /** {@code 61xx}: xx = the bytes still pending, {@code 00} for 256 or more. */
    private int availableSw() {
        int left = pending.length - offset;
        return BYTES_AVAILABLE | (left >= ApduShape.SHORT_MAX ? 0 : left);
    }

    private static boolean isGetResponse(byte[] c) {
        return c.length == 5 && c[0] == 0 && (c[1] & 0xFF) == GET_RESPONSE_INS;
    }

    @Override
    public void reset() {
        pending = null;
        card.reset();
    }
}
