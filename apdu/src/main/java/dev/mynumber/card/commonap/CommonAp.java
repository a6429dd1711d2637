package dev.mynumber.card.commonap;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.PinGate;

/**
 * A session with the 共通カードAP, opened by selecting it: the PIN counter and VERIFY of {@code 001C}, and the
 * card-info record.
 */
public final class CommonAp {
    private final ApduSession channel;
    private final PinGate gate;

    private CommonAp(ApduSession channel) {
        this.channel = channel;
        this.gate = new PinGate(channel);
    }

    /**
     * Selects the 共通カードAP ({@code 00 A4 04 0C 0A D3921000310001010100}) and returns its session.
     *
     * @param channel the card session
     * @return the application session
     */
    public static CommonAp open(ApduSession channel) throws ApduException {
        channel.selectApplication(CommonApConstants.AID);
        return new CommonAp(channel);
    }

    /** The 個人番号カード用暗証番号 counter ({@code 001C}), no try spent. */
    public PinStatus pinStatus() throws ApduException {
        return gate.query(CommonApConstants.PIN);
    }

    /** Verifies the 個人番号カード用暗証番号 ({@code 00 20 00 9C}). */
    public void verify(Pin4 pin, LastTry lastTry) throws ApduException {
        gate.verify(CommonApConstants.PIN, pin, lastTry);
    }

    /** Reads record 1 of EF {@code 0001} by short id ({@code 00 B2 01 0C 00}, one APDU). */
    public CardInfo readCardInfo() throws ApduException {
        return CardInfo.parse(channel.call(Iso7816.readRecord(CommonApConstants.CARD_INFO_RECORD,
                CommonApConstants.CARD_INFO, 256)));
    }

    /** Changes the PIN: VERIFY, then JICSAP CHANGE KEY {@code 80 32 00 9C 04 <new>} (UNCONFIRMED on a real card). */
    public void changePin(Pin4 current, Pin4 replacement, LastTry lastTry) throws ApduException {
        gate.change(CommonApConstants.PIN, current, replacement, lastTry, true);
    }
}
