package dev.mynumber.agent.pcsc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/** Readers of a fixed {@link TerminalFactory}, e.g. the in-JVM simulator's. */
public final class FactorySource implements TerminalSource {
    private final CardTerminals terminals;
    private final boolean simulated;

    /**
     * Creates the source.
     *
     * @param factory the provider's factory
     * @param simulated whether its readers are simulated
     */
    public FactorySource(TerminalFactory factory, boolean simulated) {
        this.terminals = factory.terminals(); // one list for all polls: its change records span them
        this.simulated = simulated;
    }

    @Override
    public Optional<List<CardTerminal>> terminals() {
        try {
            return Optional.of(List.copyOf(terminals.list()));
        } catch (CardException e) {
            return Optional.empty();
        }
    }

    @Override
    public Set<String> cardRemovals() {
        return CardRemovals.since(terminals);
    }

    @Override
    public boolean simulated() {
        return simulated;
    }
}
