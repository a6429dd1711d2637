package dev.mynumber.agent;

import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.http.TokenFile;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.HotPlugMonitor;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.PcscSource;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.pcsc.TerminalSource;
import dev.mynumber.agent.service.CardService;
import dev.mynumber.agent.service.Verifiers;
import dev.mynumber.agent.verify.VerificationConfigException;
import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.simulator.SimulatorControl;
import dev.mynumber.agent.simulator.SimulatorHandlers;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running agent: readers, hot-plug monitor and the HTTP server, wired together. */
public final class Agent implements AutoCloseable {
    /** Names of the two simulated readers of {@code --simulator}. */
    public static final List<String> SIMULATED_READERS = List.of("Simulated Reader 0", "Simulated Reader 1");
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);
    private final Javalin app;
    private final ReaderManager readers;
    private final HotPlugMonitor monitor;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Agent(Javalin app, ReaderManager readers, HotPlugMonitor monitor) {
        this.app = app;
        this.readers = readers;
        this.monitor = monitor;
    }

    /**
     * Wires and starts the agent on 127.0.0.1.
     *
     * @param cfg the configuration
     * @param port the port (0 = free)
     * @param simulator whether to add the simulated readers
     * @param pcsc whether to use the machine's PC/SC readers
     * @return the running agent
     * @throws IOException if the token file cannot be written
     */
    public static Agent start(AgentConfig cfg, int port, boolean simulator, boolean pcsc) throws IOException {
        EventBus events = new EventBus();
        List<TerminalSource> sources = new ArrayList<>();
        if (pcsc) {
            sources.add(new PcscSource());
        }
        SimulatorHandlers sim = null;
        SimulatorControl control = null;
        if (simulator) {
            SimulatedReaders simReaders = new SimulatedReaders(SIMULATED_READERS.toArray(String[]::new));
            control = new SimulatorControl(simReaders, PersonaCatalog::card, PersonaCatalog.list());
            control.insert(SIMULATED_READERS.get(0), PersonaCatalog.DEFAULT_PERSONA);
            sources.add(new FactorySource(simReaders.terminalFactory(), true));
            sim = new SimulatorHandlers(control);
        }
        ReaderManager readers = new ReaderManager(sources, new StandardTransports(), new JpkiCardTypeDetector(),
                events, cfg.busyWait(), cfg.operationTimeout());
        if (control != null) {
            control.resolveIds(readers::nameOfId);
        }
        readers.poll();
        String token = TokenFile.writeNew(Path.of(cfg.tokenFile()));
        LOG.info("native-client token written to {} (owner-only)", cfg.tokenFile());
        Credentials credentials = new Credentials(token, Clock.systemUTC());
        AgentServices services = new AgentServices(cfg, readers, events, credentials,
                new CardService(Clock.systemUTC(), verifiers(cfg, simulator)), sim, version());
        Javalin app = new AgentApp(services).create().start("127.0.0.1", port);
        HotPlugMonitor monitor = new HotPlugMonitor(readers, Duration.ofMillis(cfg.pollMillis()));
        LOG.info("readers: {}; PC/SC: {}", readers.readers().size(), readers.pcscState());
        return new Agent(app, readers, monitor);
    }

    private static Verifiers verifiers(AgentConfig cfg, boolean simulator) throws IOException {
        try {
            return VerificationSetup.from(cfg, simulator, Clock.systemUTC());
        } catch (VerificationConfigException e) {
            throw new IOException(e.code() + ": " + e.getMessage(), e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Blocks until {@link #close()}. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        monitor.close();
        app.stop();
        readers.close();
        stopped.countDown();
    }

    /** The agent's version (jar manifest), or {@code dev}. */
    public static String version() {
        String v = Agent.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
