package dev.mynumber.sim.variant;

import dev.mynumber.sim.SimCard;

/**
 * The {@code short-apdu} reader variant: a reader or driver without extended-length APDUs, as many
 * contactless readers are (spec §3.3, §10). An extended Lc/Le command never reaches the card and is answered
 * {@code 6700} (wrong length) by the reader side; so answers carry at most 256 data bytes.
 *
 * <p>Real drivers differ in how they refuse: some answer {@code 6700}, others fail the transmit itself
 * (PC/SC {@code SCARD_E_NOT_TRANSACTED}, a {@code CardException} in Java). The simulator answers {@code 6700}
 * so the same behaviour works in-JVM and through vpcd, which cannot fail a transmit.
 */
final class ShortApduReader extends ReaderDecorator {
    /** Wrong length: what the reader answers to an extended command. */
    static final int WRONG_LENGTH = 0x6700;

    ShortApduReader(SimCard card) {
        super(card);
    }

    @Override
    public byte[] transmit(byte[] command) {
        if (ApduShape.extended(command)) {
            return ApduShape.response(new byte[0], 0, 0, WRONG_LENGTH);
        }
        return card.transmit(command);
    }
}
