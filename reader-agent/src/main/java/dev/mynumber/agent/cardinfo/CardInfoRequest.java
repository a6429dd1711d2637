package dev.mynumber.agent.cardinfo;

import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeB;
import java.util.Objects;

/**
 * What a card-information read is asked with: the holder's PIN or 照合番号B (exactly one), whether the last try
 * may be spent, and whether to return the full My Number.
 *
 * <p>The caller owns the secret and closes it after the read.
 *
 * @param pin the 券面事項入力補助用暗証番号, or null when 照合番号B is given
 * @param codeB 照合番号B typed by staff, or null when the PIN is given
 * @param lastTry whether the last try of a key may be spent
 * @param revealMyNumber whether to return the full My Number instead of the masked one (ignored with B, which
 *     cannot read it)
 */
public record CardInfoRequest(Pin4 pin, VerificationCodeB codeB, LastTry lastTry, boolean revealMyNumber) {
    /** Requires exactly one credential and a last-try choice. */
    public CardInfoRequest {
        if ((pin == null) == (codeB == null)) {
            throw new IllegalArgumentException("exactly one of pin and codeB");
        }
        Objects.requireNonNull(lastTry, "lastTry");
    }

    /**
     * A read with the holder's PIN: text AP, then the visual AP with 照合番号A = the My Number read.
     *
     * @param pin the 4-digit PIN
     * @param lastTry whether the last try may be spent
     * @param revealMyNumber whether to return the full My Number
     * @return the request
     */
    public static CardInfoRequest withPin(Pin4 pin, LastTry lastTry, boolean revealMyNumber) {
        return new CardInfoRequest(pin, null, lastTry, revealMyNumber);
    }

    /**
     * A read with 照合番号B: attributes and face, no My Number.
     *
     * @param codeB 照合番号B
     * @param lastTry whether the last try may be spent
     * @return the request
     */
    public static CardInfoRequest withCodeB(VerificationCodeB codeB, LastTry lastTry) {
        return new CardInfoRequest(null, codeB, lastTry, false);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "CardInfoRequest[" + (pin != null ? "pin" : "codeB") + ", " + lastTry + "]";
    }
}
