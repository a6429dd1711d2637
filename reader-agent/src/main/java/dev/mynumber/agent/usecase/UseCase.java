package dev.mynumber.agent.usecase;

import dev.mynumber.apdu.ApduException;

/**
 * One thing the agent does with a card, as an object: its input is given when it is made (and checked then,
 * before any card access); {@link #run} does the card work over a {@link CardSession}.
 *
 * <p>The orchestrator ({@code dev.mynumber.agent.operation.Operations}) runs it on the reader's thread and does
 * everything around it: progress events, the counters after a PIN, the audit line, the metrics. A use case does
 * not own the card: it runs one at a time and the reader layer resets the card afterwards.
 *
 * @param <T> the Jackson-ready result
 */
public interface UseCase<T> {
    /**
     * The stable operation name for events, the audit line and metrics.
     *
     * @return e.g. {@code card-info}, {@code sign}
     */
    String name();

    /**
     * Whether it presents a PIN, 照合番号 or password, so the counters its answers told are published afterwards
     * (even when it failed: a wrong PIN is exactly when a page needs the tries left).
     *
     * @return true for a use case that spends or may spend a try
     */
    boolean usesPin();

    /**
     * Does the card work.
     *
     * @param session the opened card, the progress sink and the agent's clock and verifiers
     * @return the result
     * @throws ApduException with a stable code on every card or data failure
     */
    T run(CardSession session) throws ApduException;
}
