package dev.mynumber.benchmark;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.VerificationSetup;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.pcsc.FactorySource;
import dev.mynumber.agent.pcsc.JpkiCardTypeDetector;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.StandardTransports;
import dev.mynumber.agent.simulator.PersonaCatalog;
import dev.mynumber.agent.simulator.SimulatorControl;
import dev.mynumber.agent.simulator.SimulatorHandlers;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import dev.mynumber.sim.timing.CardTimingProfile;
import dev.mynumber.sim.timing.TimedCard;
import dev.mynumber.sim.timing.TimingStats;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent wired as {@code Main --simulator} wires it, in this JVM, over n simulated readers whose adult cards
 * answer with a timing model (or at once); every card counts into one {@link TimingStats}.
 */
final class BenchAgent implements AutoCloseable {
    static final String TOKEN = "benchmark-token-0123456789";

    final TimingStats stats = new TimingStats();
    final List<String> readerIds = new ArrayList<>();
    private final SimulatorControl control;
    private final List<String> names = new ArrayList<>();
    private final CardTimingProfile profile;
    private final ReaderManager readers;
    private final Javalin app;

    /**
     * Starts the agent on a free port.
     *
     * @param readerCount how many readers, each with the adult persona's card
     * @param profile the card timing model, or null for answers at once
     */
    BenchAgent(int readerCount, CardTimingProfile profile) throws Exception {
        this.profile = profile;
        for (int i = 0; i < readerCount; i++) {
            names.add("Bench " + i);
            readerIds.add("bench-" + i);
        }
        SimulatedReaders simReaders = new SimulatedReaders(names.toArray(String[]::new));
        control = new SimulatorControl(simReaders, this::card, PersonaCatalog.list());
        AgentConfig cfg = AgentConfig.defaults();
        EventBus events = new EventBus();
        readers = new ReaderManager(List.of(new FactorySource(simReaders.terminalFactory(), true)),
                new StandardTransports(), new JpkiCardTypeDetector(), events, Duration.ofSeconds(30),
                Duration.ofSeconds(60));
        AgentServices services = new AgentServices(cfg, readers, events, new Credentials(TOKEN, Clock.systemUTC()),
                Clock.systemUTC(), VerificationSetup.from(cfg, true, Clock.systemUTC()),
                new SimulatorHandlers(control), "benchmark");
        app = new AgentApp(services).create().start("127.0.0.1", 0);
        for (String name : names) {
            control.insertCard(name, card(PersonaCatalog.DEFAULT_PERSONA));
        }
        readers.poll();
    }

    private SimCard card(String persona) {
        SimCard card = PersonaCatalog.card(persona);
        return profile == null ? card : new TimedCard(card, profile, stats);
    }

    /** A fresh adult card in a reader (all tries back), e.g. after wrong PINs. */
    void freshCard(int reader) {
        control.insertCard(names.get(reader), card(PersonaCatalog.DEFAULT_PERSONA));
        readers.poll();
    }

    /** The HTTP base URL. */
    String base() {
        return "http://127.0.0.1:" + app.port() + "/api/v1";
    }

    @Override
    public void close() {
        app.stop();
        readers.close();
    }
}
