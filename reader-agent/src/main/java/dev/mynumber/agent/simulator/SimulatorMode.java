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
        SimulatedReaders readers = new SimulatedReaders(Agent.SIMULATED_READERS.toArray(String[]::new));
        SimulatorControl control = new SimulatorControl(readers, PersonaCatalog::card, PersonaCatalog.list(),
                Variants.parse(variants));
        control.insert(Agent.SIMULATED_READERS.get(0), PersonaCatalog.DEFAULT_PERSONA);
        return new SimulatorMode(new FactorySource(readers.terminalFactory(), true), new SimulatorHandlers(control),
                control);
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
