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
     * Which operation it is: its stable name and whether it uses a PIN.
     *
     * @return the operation
     */
    CardOperation operation();

    /**
     * Does the card work.
     *
     * @param session the opened card, the progress sink and the agent's clock and verifiers
     * @return the result
     * @throws ApduException with a stable code on every card or data failure
     */
    T run(CardSession session) throws ApduException;
}
