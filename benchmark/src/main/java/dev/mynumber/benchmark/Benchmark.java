package dev.mynumber.benchmark;

import dev.mynumber.sim.timing.CardTimingProfile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 17's benchmark, one command (docs/benchmarks.md): per-operation APDUs, bytes, modelled card time,
 * end-to-end time and agent overhead; p50/p99 at 50 requests/s; throughput on 1, 2, 4 and 8 readers; cold start
 * and RSS. Prints Markdown tables; asserts nothing about time.
 *
 * <p>Argument: {@code full} (default), {@code quick} (a few runs of everything), {@code latency} (the 50
 * requests/s part only), {@code memory} (one start and
 * 2000 card-info reads only), or {@code opensc} (only OpenSC
 * against the agent through pcscd + vpcd; run it under {@code flock /tmp/pcscd.lock}).
 */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code full} or {@code quick}; a second argument names the agent jar
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "full";
        Path jar = Path.of(args.length > 1 ? args[1] : "../reader-agent/target/reader-agent.jar");
        if (mode.equals("latency")) {
            Load.latency(50, 1000, System.out);
            return;
        }
        if (mode.equals("memory")) {
            ColdStart.run(jar, 1, 2000, System.out);
            return;
        }
        if (mode.equals("opensc")) {
            SideBySide.run(jar.resolveSibling("../../card-sim/target/card-sim.jar").normalize(), jar, System.out);
            return;
        }
        run(mode.equals("quick"), jar, System.out);
    }

    static void run(boolean quick, Path jar, PrintStream out) throws Exception {
        out.printf("# mynumber agent benchmark (%s)%n%nJava %s, %d CPUs, %s%n", quick ? "quick" : "full",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        PerOperation.run(CardTimingProfile.CONTACT, quick ? 1 : 10, out);
        PerOperation.run(CardTimingProfile.CONTACTLESS, quick ? 1 : 5, out);
        Load.latency(50, quick ? 20 : 1000, out);
        Load.throughputTable(CardTimingProfile.CONTACTLESS, quick ? 500 : 10_000, out);
        if (Files.exists(jar)) {
            ColdStart.run(jar, quick ? 1 : 5, quick ? 5 : 2000, out);
        } else {
            out.printf("%n(start and memory skipped: %s not built; ./mvnw -B -q package -DskipTests)%n", jar);
        }
    }
}
