package dev.mynumber.agent.support;

import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.Progress;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.card.MyNumberCard;
import java.time.Clock;

/**
 * The agent's clock and verifiers, for running use cases directly on a card as the orchestrator would.
 *
 * @param clock the use cases' clock
 * @param verifiers the verifiers
 */
public record Sessions(Clock clock, Verifiers verifiers) {
    /**
     * Nothing configured for verification: every verdict is at best INCOMPLETE.
     *
     * @param clock the use cases' clock
     * @return the sessions
     */
    public static Sessions unconfigured(Clock clock) {
        return new Sessions(clock, Verifiers.unconfigured(clock));
    }

    /**
     * A session on an opened card, ignoring progress.
     *
     * @param card the card
     * @return the session
     */
    public CardSession on(MyNumberCard card) {
        return on(card, Progress.NONE);
    }

    /**
     * A session on an opened card.
     *
     * @param card the card
     * @param progress receives the steps
     * @return the session
     */
    public CardSession on(MyNumberCard card, Progress progress) {
        return new CardSession(card, progress, clock, verifiers);
    }
}
