package dev.mynumber.agent;

import dev.mynumber.agent.doctor.AtrRecorder;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.http.JsonBodies;
import dev.mynumber.agent.http.TokenFile;
import dev.mynumber.agent.pcsc.HotPlugMonitor;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.PcscSource;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.pcsc.TerminalSource;
import dev.mynumber.agent.simulator.SimulatorEndpoints;
import dev.mynumber.agent.simulator.SimulatorMode;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.verifier.VerificationConfigException;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running agent: readers, hot-plug monitor and the HTTP server, wired together. */
public final class Agent implements AutoCloseable {
    /** Names of the two simulated readers of {@code --simulator}. */
    public static final List<String> SIMULATED_READERS = List.of("Simulated Reader 0", "Simulated Reader 1");
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);
    /** Written once at start on another thread, so that the first answer finds Jackson's classes loaded. */
    private static final Map<String, Object> JSON_WARM_UP = Map.of("readers", List.of(Map.of("cardPresent", true)));
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
     * How to start the agent: the port, which readers, the simulated cards' variants and the clock of the card use
     * cases. Start from {@link #on(int)} and add what differs.
     *
     * @param port the port on 127.0.0.1 (0 = free)
     * @param simulator whether to add the simulated readers
     * @param pcsc whether to use the machine's PC/SC readers
     * @param variants the simulated cards' variants, comma-separated (docs/card-variants.md); empty: none. A
     *        string, not card-sim's type, so that the installed agent (built without card-sim) never loads it
     * @param cardClock today for a card's validity (its expiry) and the CMS signing time (tests fix "today")
     */
    public record Options(int port, boolean simulator, boolean pcsc, String variants, Clock cardClock) {
        /** Rejects nulls. */
        public Options {
            Objects.requireNonNull(variants, "variants");
            Objects.requireNonNull(cardClock, "cardClock");
        }

        /**
         * The machine's PC/SC readers only, no simulator, the system clock.
         *
         * @param port the port (0 = free)
         * @return the options
         */
        public static Options on(int port) {
            return new Options(port, false, true, "", Clock.systemUTC());
        }

        /**
         * Adds the simulated readers (the 'adult' persona's card in the first).
         *
         * @return these options with the simulated readers
         */
        public Options withSimulator() {
            return new Options(port, true, pcsc, variants, cardClock);
        }

        /**
         * Leaves the machine's PC/SC readers out.
         *
         * @return these options without them
         */
        public Options withoutPcsc() {
            return new Options(port, simulator, false, variants, cardClock);
        }

        /**
         * Makes every simulated card play card and reader variants.
         *
         * @param names the simulated cards' variants, comma-separated; empty: none
         * @return these options with the variants
         */
        public Options withVariants(String names) {
            return new Options(port, simulator, pcsc, names, cardClock);
        }

        /**
         * Runs the card use cases on another clock (tests fix "today").
         *
         * @param clock today for the card use cases
         * @return these options with that clock
         */
        public Options withCardClock(Clock clock) {
            return new Options(port, simulator, pcsc, variants, clock);
        }
    }

    /**
     * Wires and starts the agent on 127.0.0.1.
     *
     * @param cfg the configuration
     * @param options the port, the readers, the variants and the card clock
     * @return the running agent
     * @throws IOException if the token file cannot be written
     * @throws IllegalArgumentException for an unknown or contradictory variant
     */
    public static Agent start(AgentConfig cfg, Options options) throws IOException {
        int port = options.port();
        boolean simulator = options.simulator();
        boolean pcsc = options.pcsc();
        String variants = options.variants();
        Clock cardClock = options.cardClock();
        // the verifiers first: the app is built from them, and the simulated readers' set-up below hides them
        StartTask<Verifiers> verifiers = StartTask.begin("start-verifiers", () -> verifiers(cfg, simulator));
        StartTask.begin("start-json", () -> JsonBodies.MAPPER.writeValueAsString(JSON_WARM_UP)); // loads Jackson
        EventBus events = new EventBus();
        SimulatorMode mode = simulator ? SimulatorMode.withoutCard(variants) : null;
        StartTask<SimulatorMode> card = mode == null ? null : StartTask.begin("start-simulated-card", () -> {
            mode.insertDefaultCard();
            return mode;
        });
        List<TerminalSource> sources = sources(pcsc, mode == null ? null : mode.source());
        SimulatorEndpoints sim = mode == null ? null : mode.endpoints();
        AtrRecorder atrs = new AtrRecorder(new StandardTransports());
        ReaderManager readers = new ReaderManager(sources, atrs, new JpkiCardTypeDetector(),
                events, cfg.busyWait(), cfg.operationTimeout());
        if (mode != null) {
            mode.control().resolveIds(readers::nameOfId);
        }
        String token = TokenFile.writeNew(Path.of(cfg.tokenFile()));
        LOG.info("native-client token written to {} (owner-only)", cfg.tokenFile());
        Credentials credentials = new Credentials(token, Clock.systemUTC());
        AgentServices services = new AgentServices(cfg, readers, events, credentials,
                cardClock, verifiers.join(), sim, version());
        Javalin app = new AgentApp(services, atrs).create();
        if (card != null) {
            card.join(); // the first answer lists the simulated card: it is in its reader before the first poll
        }
        readers.poll();
        app.start("127.0.0.1", port);
        HotPlugMonitor monitor = new HotPlugMonitor(readers, Duration.ofMillis(cfg.pollMillis()));
        LOG.info("readers: {}; PC/SC: {}", readers.readers().size(), readers.pcscState());
        return new Agent(app, readers, monitor);
    }

    /** The reader sources: the machine's PC/SC readers and/or simulated ones (null: none). */
    static List<TerminalSource> sources(boolean pcsc, TerminalSource simulated) {
        List<TerminalSource> sources = new ArrayList<>();
        if (pcsc) {
            sources.add(new PcscSource());
        }
        if (simulated != null) {
            sources.add(simulated);
        }
        return sources;
    }

    /** Fresh simulated readers for the doctor (developer builds only: loads card-sim). */
    static TerminalSource simulatorSource() {
        return SimulatorMode.start("").source();
    }

    /** The verifiers; built on their own thread at start (the simulator's test PKI signs its roots then). */
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
