package dev.mynumber.agent.cardinfo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether the card itself is still valid: its 有効期限 (visual AP {@code DF29}) against the agent's clock, as a
 * result of its own next to the verification verdict (a genuine card can be expired).
 *
 * <p>The card is valid up to and including the printed expiry day, Japan time. The face signature ({@code DF28})
 * does not cover {@code DF29} (spec §5.4): the date is as the card states it, not proven by the issuer.
 *
 * @param status {@code VALID} or {@code EXPIRED}
 * @param expiry the 有効期限, ISO-8601
 * @param expirySigned always false: no signature on the card covers the expiry (spec §5.4 DF29)
 * @param note what the status rests on, in plain words (English; pages use their own words)
 */
public record CardValidity(Status status, String expiry, boolean expirySigned, String note) {
    /** The time zone the card's dates are written in. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Why the expiry is reported as the card states it. */
    public static final String NOTE = "the expiry (DF29) is as the card states it: the issuer's face signature does not "
            + "cover it (spec §5.4)";

    /** Whether the card is within its validity period. */
    public enum Status {
        /** Today (Japan time) is on or before the expiry day. */
        VALID,
        /** The expiry day has passed: the card is no longer valid for identification. */
        EXPIRED
    }

    /**
     * The validity of a card with this expiry today.
     *
     * @param expiry the card's 有効期限
     * @param clock the agent's clock
     * @return VALID or EXPIRED, with the expiry
     */
    public static CardValidity of(LocalDate expiry, Clock clock) {
        boolean expired = LocalDate.now(clock.withZone(JAPAN)).isAfter(expiry);
        return new CardValidity(expired ? Status.EXPIRED : Status.VALID, expiry.toString(), false, NOTE);
    }
}
