package dev.mynumber.agent.support;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.VerificationSetup;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.simulator.SimulatorControl;
import dev.mynumber.agent.simulator.SimulatorHandlers;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import dev.mynumber.sim.variant.Variants;
import dev.mynumber.verifier.VerificationConfigException;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An agent over two in-JVM simulated readers, built like Main builds it but without PC/SC. */
public final class TestAgent {
    /** The native token the tests use. */
    public static final String TOKEN = "test-token-0123456789";
    /** The first simulated reader's id in URLs. */
    public static final String R0 = "sim-0";
    /** The second simulated reader's id. */
    public static final String R1 = "sim-1";
    /** An allow-listed foreign origin. */
    public static final String ALLOWED = "https://kiosk.example.jp";

    public final SimulatedReaders simReaders = new SimulatedReaders("Sim 0", "Sim 1");
    public final SimulatorControl sim = new SimulatorControl(simReaders, PersonaCatalog::card, PersonaCatalog.list(),
            Variants.NONE);
    public final EventBus events = new EventBus();
    public final List<AgentEvent> seen = new CopyOnWriteArrayList<>();
    public final ReaderManager readers;
    /** Counts cards opened and APDUs sent, on every reader. */
    public final CountingTransports transports = new CountingTransports();
    public final AgentApp factory;
    public final Javalin app;

    /** With default timings (busy wait 2 s, timeout 30 s) and simulator endpoints. */
    public TestAgent() {
        this(Duration.ofSeconds(2), Duration.ofSeconds(30), true);
    }

    /**
     * Builds the agent.
     *
     * @param busyWait the busy wait
     * @param timeout the operation timeout
     * @param simulator whether simulator endpoints are on
     */
    public TestAgent(Duration busyWait, Duration timeout, boolean simulator) {
        this(busyWait, timeout, simulator, AgentConfig.defaults().withAllowedOrigins(List.of(ALLOWED)));
    }

    /**
     * Builds the agent with a configuration (verification files, origins), verifiers in simulator mode.
     *
     * @param cfg the configuration
     */
    public TestAgent(AgentConfig cfg) {
        this(Duration.ofSeconds(2), Duration.ofSeconds(30), true, cfg);
    }

    private TestAgent(Duration busyWait, Duration timeout, boolean simulator, AgentConfig cfg) {
        events.subscribe(seen::add);
        readers = new ReaderManager(List.of(new FactorySource(simReaders.terminalFactory(), true)),
                transports, new JpkiCardTypeDetector(), events, busyWait, timeout);
        sim.resolveIds(readers::nameOfId);
        AgentServices services = new AgentServices(cfg, readers, events,
                new Credentials(TOKEN, Clock.systemUTC()), Clock.systemUTC(), verifiers(cfg),
                simulator ? new SimulatorHandlers(sim) : null, "test");
        factory = new AgentApp(services);
        app = factory.create();
        settle();
    }

    private static Verifiers verifiers(AgentConfig cfg) {
        try {
            return VerificationSetup.from(cfg, true, Clock.systemUTC());
        } catch (VerificationConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Polls the readers and waits until card detection finished. */
    public void settle() {
        readers.poll();
        long deadline = System.currentTimeMillis() + 5_000;
        while (readers.readers().stream().anyMatch(r -> r.busy()) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** Total commands seen by the APDU log of a reader's card. */
    public int apdus(String reader) {
        return sim.apduLog(reader).size();
    }
}
