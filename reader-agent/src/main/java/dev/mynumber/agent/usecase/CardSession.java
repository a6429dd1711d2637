package dev.mynumber.agent.usecase;

import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.card.MyNumberCard;
import java.time.Clock;
import java.util.Objects;

/**
 * What a use case runs over: the opened card, where its steps go, and the agent's clock and verifiers.
 *
 * @param card the opened card (the caller owns it and resets it afterwards)
 * @param progress receives the steps
 * @param clock the CMS signing time and today for the card's validity
 * @param verifiers the card-data and certificate verifiers (docs/configuration.md)
 */
public record CardSession(MyNumberCard card, Progress progress, Clock clock, Verifiers verifiers) {
    /** Rejects nulls; a null progress ignores the steps. */
    public CardSession {
        Objects.requireNonNull(card, "card");
        progress = progress == null ? Progress.NONE : progress;
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(verifiers, "verifiers");
    }

    /**
     * Counts this session's steps.
     *
     * @param total how many steps the use case has
     * @return the counter over {@link #progress()}
     */
    public Steps steps(int total) {
        return new Steps(progress, total);
    }
}
