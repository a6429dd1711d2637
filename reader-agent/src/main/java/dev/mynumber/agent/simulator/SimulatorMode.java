package dev.mynumber.agent.simulator;

import dev.mynumber.agent.Agent;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.TerminalSource;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import dev.mynumber.sim.variant.VariantException;
import dev.mynumber.sim.variant.Variants;

/**
 * The simulated readers of {@code --simulator}, the one place the agent's start touches card-sim.
 *
 * <p>The installed (production) agent is built without card-sim and its test keys (docs/deployment.md), so the
 * rest of the agent refers to this class only when the simulator was asked for; the JVM loads classes lazily, so
 * card-sim classes are never loaded otherwise.
 *
 * @param source the simulated readers as a reader source
 * @param endpoints the simulator-control endpoints
 * @param control the simulated readers' control (the agent hands it the reader ids it assigns)
 */
public record SimulatorMode(TerminalSource source, SimulatorEndpoints endpoints, SimulatorControl control) {
    /**
     * Two simulated readers, the default persona's card in the first; every card plays the variants.
     *
     * @param variants card and reader variants, comma-separated (docs/card-variants.md); empty: none
     * @throws IllegalArgumentException for an unknown or contradictory variant
     */
    public static SimulatorMode start(String variants) {
        SimulatorMode mode = withoutCard(variants);
        mode.insertDefaultCard();
        return mode;
    }

    /**
     * Two simulated readers, both empty yet; {@link #insertDefaultCard()} puts the default persona's card in the
     * first. Cheap: the agent's start wires the readers at once and builds the card on another thread meanwhile.
     *
     * @param variants card and reader variants, comma-separated (docs/card-variants.md); empty: none
     * @throws IllegalArgumentException for an unknown or contradictory variant
     */
    public static SimulatorMode withoutCard(String variants) {
        SimulatedReaders readers = new SimulatedReaders(Agent.SIMULATED_READERS.toArray(String[]::new));
        SimulatorControl control = new SimulatorControl(readers, PersonaCatalog::card, PersonaCatalog.list(),
                Variants.parse(variants));
        return new SimulatorMode(new FactorySource(readers.terminalFactory(), true), new SimulatorHandlers(control),
                control);
    }

    /** Builds the default persona's card (its certificates and signed files) and inserts it in the first reader. */
    public void insertDefaultCard() {
        control.insert(Agent.SIMULATED_READERS.get(0), PersonaCatalog.DEFAULT_PERSONA);
    }

    /**
     * Checks a {@code --variant} list before anything starts.
     *
     * @param variants comma-separated names
     * @return null when valid, else the simulator's message (it lists the valid names)
     */
    public static String checkVariants(String variants) {
        try {
            Variants.parse(variants);
            return null;
        } catch (VariantException e) {
            return e.getMessage();
        }
    }
}
