package dev.mynumber.sim.smartcardio;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/**
 * A connection to the card that was in a {@link SimulatedReader} when {@code connect} was called.
 *
 * <p>It stays bound to that insertion: once the card is removed, swapped or its reader is gone, every
 * command fails with a {@link CardException}, as through PC/SC. Logical channels are opened by sending
 * MANAGE CHANNEL to the card, so a card that refuses them (the My Number card answers {@code 6881}
 * [MC-apdu]) makes {@link #openLogicalChannel()} fail. Control commands are not supported.
 */
final class SimulatedCardConnection extends Card {
    private static final byte[] MANAGE_CHANNEL_OPEN = {0x00, 0x70, 0x00, 0x00, 0x01};
    private final SimulatedReader reader;
    private final long insertion;
    private final ATR atr;
    private final String protocol;
    private final SimulatedChannel basic;
    private volatile boolean disconnected;

    SimulatedCardConnection(SimulatedReader reader, long insertion, byte[] atr, String protocol) {
        this.reader = reader;
        this.insertion = insertion;
        this.atr = new ATR(atr);
        this.protocol = protocol;
        this.basic = new SimulatedChannel(this, 0);
    }

    @Override
    public ATR getATR() {
        return atr;
    }

    @Override
    public String getProtocol() {
        return protocol;
    }

    @Override
    public CardChannel getBasicChannel() {
        checkConnected();
        return basic;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        byte[] r = transmit(MANAGE_CHANNEL_OPEN.clone());
        int sw = ((r[r.length - 2] & 0xFF) << 8) | (r[r.length - 1] & 0xFF);
        if (sw != 0x9000 || r.length != 3) {
            throw new CardException("openLogicalChannel() failed, card response: SW="
                    + Integer.toHexString(sw).toUpperCase(java.util.Locale.ROOT));
        }
        return new SimulatedChannel(this, r[0] & 0xFF);
    }

    @Override
    public void beginExclusive() throws CardException {
        checkConnected();
        reader.beginExclusive(insertion);
    }

    @Override
    public void endExclusive() throws CardException {
        checkConnected();
        reader.endExclusive(insertion);
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        checkConnected();
        throw new CardException("control commands are not supported by the simulated reader");
    }

    @Override
    public void disconnect(boolean reset) throws CardException {
        if (disconnected) {
            return;
        }
        disconnected = true;
        reader.releaseExclusive();
        if (reset && reader.stateKey() == insertion) {
            reader.reset(insertion); // a card already pulled needs no reset: nothing to do then
        }
    }

    boolean isValid() {
        return !disconnected && reader.stateKey() == insertion;
    }

    byte[] transmit(byte[] command) throws CardException {
        checkConnected();
        return reader.transmit(insertion, command);
    }

    void checkConnected() {
        if (disconnected) {
            throw new IllegalStateException("Card has been disconnected");
        }
    }

    @Override
    public String toString() {
        return "SimulatedCard[" + reader.name() + ", " + protocol + "]";
    }
}
