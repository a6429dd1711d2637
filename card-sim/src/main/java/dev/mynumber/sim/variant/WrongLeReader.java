package dev.mynumber.sim.variant;

import dev.mynumber.sim.SimCard;

/**
 * The {@code wrong-le} reader variant: a driver (T=0 style) that answers {@code 6Cxx} without data when a
 * short Le asks for more than the answer holds (xx = the exact length); the client re-sends the command with
 * Le = xx. E.g. READ BINARY {@code 00 B0 00 00 00} of the 17-byte My Number EF answers {@code 6C11}.
 *
 * <p>The command has run on the card before the driver refuses its answer, so only idempotent commands (READ
 * BINARY, SELECT) meet this in practice; answers of exactly Le bytes or with another status pass unchanged.
 */
final class WrongLeReader extends ReaderDecorator {
    private static final int OK = 0x9000;
    private static final int WRONG_LE = 0x6C00;

    WrongLeReader(SimCard card) {
        super(card);
    }

    @Override
    public byte[] transmit(byte[] command) {
        byte[] response = card.transmit(command);
        int length = response.length - 2;
        int ne = ApduShape.shortNe(command);
        if (ne > 0 && ApduShape.sw(response) == OK && length > 0 && length < ne) {
            return ApduShape.response(new byte[0], 0, 0, WRONG_LE | length);
        }
        return response;
    }
}
