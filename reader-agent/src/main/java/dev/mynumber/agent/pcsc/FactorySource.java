package dev.mynumber.agent.pcsc;

import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/** Readers of a fixed {@link TerminalFactory}, e.g. the in-JVM simulator's. */
public final class FactorySource implements TerminalSource {
    private final TerminalFactory factory;
    private final boolean simulated;

    /**
     * Creates the source.
     *
     * @param factory the provider's factory
     * @param simulated whether its readers are simulated
     */
    public FactorySource(TerminalFactory factory, boolean simulated) {
        this.factory = factory;
        this.simulated = simulated;
    }

    @Override
    public Optional<List<CardTerminal>> terminals() {
        try {
            return Optional.of(List.copyOf(factory.terminals().list()));
        } catch (CardException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean simulated() {
        return simulated;
    }
}
