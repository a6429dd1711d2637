package dev.mynumber.agent.http;

import dev.mynumber.agent.usecase.CardService;
import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.simulator.SimulatorEndpoints;

/**
 * What the HTTP app is built from.
 *
 * @param config the configuration
 * @param readers the readers
 * @param events the event bus
 * @param credentials the credential store
 * @param service the use cases
 * @param simulator the simulator control, or {@code null} outside simulator mode
 * @param version the agent version
 */
public record AgentServices(AgentConfig config, ReaderManager readers, EventBus events, Credentials credentials,
        CardService service, SimulatorEndpoints simulator, String version) {
}
