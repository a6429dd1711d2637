package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.simulator.SimulatorEndpoints;
import dev.mynumber.agent.verification.Verifiers;
import java.time.Clock;

/**
 * What the HTTP app is built from.
 *
 * @param config the configuration
 * @param readers the readers
 * @param events the event bus
 * @param credentials the credential store
 * @param clock the use cases' clock (CMS signing time, the card's validity, 照合番号B dates)
 * @param verifiers the card-data and certificate verifiers
 * @param simulator the simulator control, or {@code null} outside simulator mode
 * @param version the agent version
 */
public record AgentServices(AgentConfig config, ReaderManager readers, EventBus events, Credentials credentials,
        Clock clock, Verifiers verifiers, SimulatorEndpoints simulator, String version) {
}
