package dev.mynumber.agent.pin;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;

/** The PIN and 照合番号 counters of a card: all of them read from the card, or those a session already learned. */
public final class PinCounters {
    private PinCounters() {
    }

    /**
     * Reads every counter on the card; status queries spend no try.
     *
     * @param card the opened card
     * @return one entry per key reference the card has
     */
    public static PinStatusReport read(MyNumberCard card) throws ApduException {
        return PinStatusReader.read(card);
    }

    /**
     * The counters this card session learned from its own answers (VERIFY and status queries), without an APDU;
     * every other kind is listed as unknown. What the agent publishes after an operation that used a PIN.
     *
     * @param card the card the operation ran on
     * @return the known counters and the unknown kinds
     */
    public static PinStatusReport learned(MyNumberCard card) {
        return PinStatusReader.known(card);
    }
}
