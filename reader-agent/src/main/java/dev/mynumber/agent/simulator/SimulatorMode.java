package dev.mynumber.agent.simulator;

import dev.mynumber.agent.Agent;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.TerminalSource;
import dev.mynumber.sim.smartcardio.SimulatedReaders;

/**
 * The simulated readers of {@code --simulator}, the one place the agent's start touches card-sim.
 *
 * <p>The installed (production) agent is built without card-sim and its test keys (docs/deployment.md), so the
 * rest of the agent refers to this class only when the simulator was asked for; the JVM loads classes lazily, so
 * card-sim classes are never loaded otherwise.
 *
 * @param source the simulated readers as a reader source
 * @param endpoints the simulator-control endpoints
 */
public record SimulatorMode(TerminalSource source, SimulatorEndpoints endpoints) {
    /** Two simulated readers, the default persona's card in the first. */
    public static SimulatorMode start() {
        SimulatedReaders readers = new SimulatedReaders(Agent.SIMULATED_READERS.toArray(String[]::new));
        SimulatorControl control = new SimulatorControl(readers, PersonaCatalog::card, PersonaCatalog.list());
        control.insert(Agent.SIMULATED_READERS.get(0), PersonaCatalog.DEFAULT_PERSONA);
        return new SimulatorMode(new FactorySource(readers.terminalFactory(), true), new SimulatorHandlers(control));
    }
}
