package dev.mynumber.agent;

import dev.mynumber.agent.logging.LogFormat;
import dev.mynumber.agent.simulator.SimulatorMode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The agent's command line: parses options and hands over to {@link Agent}; wiring only.
 *
 * <p>Prints exactly one line on standard output, {@code Listening on http://127.0.0.1:PORT}; everything
 * else goes to the log (standard error).
 */
@Command(name = "reader-agent", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        subcommands = DoctorCommand.class,
        description = "Local HTTP agent for My Number cards over PC/SC (loopback only).")
public final class Main implements Callable<Integer> {
    /** The default port. */
    public static final int DEFAULT_PORT = 8765;
    /** What {@code --simulator} answers in the installed agent, which is built without the simulator. */
    static final String SIMULATOR_NOT_INSTALLED = "SIMULATOR_NOT_INSTALLED: --simulator is a developer tool and is "
            + "not part of the installed agent (which carries no test keys). Build from source and run "
            + "java -jar reader-agent/target/reader-agent.jar --simulator (README.md).";

    /** Jetty's {@code MemoryUtils} setting: 64-byte cache lines of 4-byte (compressed) references. */
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    @Option(names = "--simulator",
            description = "Add two simulated readers; the 'adult' persona's card is in the first.")
    boolean simulator;

    @Option(names = "--variant", paramLabel = "NAME[,NAME...]",
            description = "With --simulator: card and reader variants every simulated card plays "
                    + "(java -jar card-sim.jar variants lists them).")
    String variant = "";

    @Option(names = "--no-pcsc", description = "Do not use the machine's PC/SC readers.")
    boolean noPcsc;

    @Option(names = "--port", description = "TCP port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = DEFAULT_PORT;

    @Option(names = "--bind", description = "Bind address; only loopback (127.0.0.1) is accepted.")
    String bind = "127.0.0.1";

    @Option(names = "--config", description = "JSON configuration file (docs/configuration.md).")
    Path config;

    @Option(names = "--log-format", description = "text (default) or json: one JSON object per line, the audit "
            + "trail in its own file (docs/deployment.md).")
    String logFormat = "text";

    @Option(names = "--token-file", description = "Where to write the native-client token (overrides the config).")
    Path tokenFile;

    /** Runs the agent from the command line. */
    public static void main(String[] args) {
        // the apdu transport stack does its own 61xx chaining; keep the JDK from doing it behind its back
        System.setProperty("sun.security.smartcardio.t0GetResponse", "false");
        System.setProperty("sun.security.smartcardio.t1GetResponse", "false");
        // Jetty asks the platform MBean server (JMX, JFR, cgroups: 0.1-0.2 s and 150 classes at start) only for
        // whether references are compressed, to size a padding; they are with any heap under 32 GB (issue 17)
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
        }
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!LogFormat.select(logFormat)) {
            System.err.println("unknown --log-format " + logFormat + ": text or json");
            return 2;
        }
        if (!isLoopback(bind)) {
            System.err.println("refusing to bind to " + bind + ": the agent listens on loopback only");
            return 2;
        }
        if (!variant.isBlank() && !simulator) {
            System.err.println("--variant needs --simulator");
            return 2;
        }
        if (simulator && !simulatorInstalled()) {
            System.err.println(SIMULATOR_NOT_INSTALLED);
            return 2;
        }
        String badVariant = simulator ? SimulatorMode.checkVariants(variant) : null;
        if (badVariant != null) {
            System.err.println("--variant: " + badVariant);
            return 2;
        }
        AgentConfig cfg = config == null ? AgentConfig.defaults() : AgentConfig.load(config);
        if (tokenFile != null) {
            cfg = cfg.withTokenFile(tokenFile);
        }
        Agent agent = Agent.start(cfg, new Agent.Options(port, simulator, !noPcsc, variant, Clock.systemUTC()));
        System.out.println("Listening on http://127.0.0.1:" + agent.port());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "shutdown"));
        agent.awaitStop();
        return 0;
    }

    /**
     * Whether card-sim is on the class path. The installed agent is built without it (it carries test private
     * keys), so the probe names a resource instead of a class and loads nothing.
     */
    static boolean simulatorInstalled() {
        return Main.class.getClassLoader().getResource("dev/mynumber/sim/smartcardio/SimulatedReaders.class") != null;
    }

    /** Whether an address is loopback; only 127.0.0.1 is bound even when "localhost" is given. */
    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress()
                    && InetAddress.getByName(address) instanceof java.net.Inet4Address;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Agent.version()};
        }
    }
}
