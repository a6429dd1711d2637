package dev.mynumber.card.jukiap;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.PinGate;

/**
 * A session with the 住基AP, opened by selecting it: the PIN counter and VERIFY of {@code 001C}.
 */
public final class JukiAp {
    private final PinGate gate;

    private JukiAp(ApduSession channel) {
        this.gate = new PinGate(channel);
    }

    /**
     * Selects the 住基AP ({@code 00 A4 04 0C 0A D3921000310001010401}) and returns its session.
     *
     * @param channel the card session
     * @return the application session
     */
    public static JukiAp open(ApduSession channel) throws ApduException {
        channel.selectApplication(JukiApConstants.AID);
        return new JukiAp(channel);
    }

    /** The 住民基本台帳用暗証番号 counter ({@code 001C}), no try spent. */
    public PinStatus pinStatus() throws ApduException {
        return gate.query(JukiApConstants.PIN);
    }

    /** Verifies the 住民基本台帳用暗証番号 ({@code 00 20 00 9C}). */
    public void verify(Pin4 pin, LastTry lastTry) throws ApduException {
        gate.verify(JukiApConstants.PIN, pin, lastTry);
    }

    /** Changes the PIN: VERIFY, then JICSAP CHANGE KEY {@code 80 32 00 9C 04 <new>} (UNCONFIRMED on a real card). */
    public void changePin(Pin4 current, Pin4 replacement, LastTry lastTry) throws ApduException {
        gate.change(JukiApConstants.PIN, current, replacement, lastTry, true);
    }
}
