package dev.mynumber.sim.cli;

import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of {@code card-sim.jar}: {@code vpcd} puts a simulated card into a pcscd virtual
 * reader, {@code pki-server} serves the test CAs' CRLs and OCSP answers, {@code personas} lists the built-in
 * personas, {@code variants} the card and reader variants. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
public final class SimulatorMain {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar card-sim.jar vpcd --port PORT [--host HOST] [--persona ID|FILE.json]",
            "                               [--state FILE] [--variant NAME[,NAME...]] [--fault SPEC]... [--log]",
            "                               [--timing contact|contactless]",
            "       java -jar card-sim.jar pki-server [--port PORT] [--host HOST]",
            "       java -jar card-sim.jar personas",
            "       java -jar card-sim.jar variants",
            "       java -jar card-sim.jar --help",
            "",
            "vpcd       put a simulated My Number card into the pcscd virtual reader (vsmartcard vpcd)",
            "           listening on HOST:PORT; runs until killed",
            "  --port     vpcd port: 35963 is slot 0 (\"Virtual PCD 00 00\"), 35964 slot 1",
            "  --host     vpcd host (default 127.0.0.1)",
            "  --persona  built-in persona id or persona JSON file (default adult)",
            "  --state    file keeping PIN try counters across restarts (default: fresh counters)",
            "  --variant  card and reader variants to play, comma-separated (see 'variants'; default none)",
            "  --fault    faults to inject, comma-separated, repeatable:",
            "               remove-at:N  vanish-at:N  sw-at:N=XXXX  corrupt-at:N[@I]  delay:D  delay-at:N=D",
            "               (N counts commands from 1; D like 200ms or 2s)",
            "  --log      print the masked APDU log to stderr",
            "  --timing   answer as slowly as a real card: contact or contactless (docs/benchmarks.md)",
            "pki-server serve the test CAs' CRLs and OCSP over HTTP on HOST:PORT; runs until killed",
            "           GET /crl/auth.crl, GET /crl/sign.crl (DER), POST /ocsp, GET /ocsp/BASE64",
            "  --port     TCP port (default 35980)",
            "  --host     address to listen on (default 127.0.0.1)",
            "personas   list the built-in personas",
            "variants   list the card and reader variants: NAME<TAB>description");

    private SimulatorMain() {
    }

    /** Runs the command line; exits with a non-zero status on errors. */
    public static void main(String[] args) throws InterruptedException {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; for {@code vpcd} and {@code pki-server} this blocks until the process is killed. */
    static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        List<String> all = Arrays.asList(args);
        if (all.isEmpty() || all.contains("--help") || all.contains("-h")) {
            (all.isEmpty() ? err : out).println(USAGE);
            return all.isEmpty() ? 2 : 0;
        }
        try {
            return switch (all.get(0)) {
                case "personas" -> personas(all.subList(1, all.size()), out);
                case "variants" -> variants(all.subList(1, all.size()), out);
                case "vpcd" -> vpcd(VpcdOptions.parse(all.subList(1, all.size())), out, err);
                case "pki-server" -> pkiServer(PkiServerOptions.parse(all.subList(1, all.size())), out);
                default -> throw new UsageException("unknown command '" + all.get(0) + "'");
            };
        } catch (UsageException e) {
            err.println("card-sim: " + e.getMessage());
            err.println("Try 'java -jar card-sim.jar --help'.");
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("card-sim: error: " + e.getMessage());
            return 1;
        }
    }

    private static int personas(List<String> rest, PrintStream out) throws UsageException {
        if (!rest.isEmpty()) {
            throw new UsageException("personas takes no options");
        }
        for (Persona p : Personas.builtIn()) {
            out.printf("%-18s %s%n", p.id(), p.displayName());
        }
        return 0;
    }

    private static int variants(List<String> rest, PrintStream out) throws UsageException {
        if (!rest.isEmpty()) {
            throw new UsageException("variants takes no options");
        }
        for (Variant v : Variant.values()) {
            out.println(v.id() + "\t" + v.description());
        }
        return 0;
    }

    private static int vpcd(VpcdOptions o, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        VpcdCard bridge = VpcdCommand.start(o, out, err);
        Runtime.getRuntime().addShutdownHook(new Thread(bridge::close, "card-sim-shutdown"));
        Thread.currentThread().join(); // runs until killed
        return 0;
    }

    private static int pkiServer(PkiServerOptions o, PrintStream out) throws IOException, InterruptedException {
        PkiServer server = PkiServer.start(o.host(), o.port(), Clock.systemUTC());
        out.println("pki-server listening on " + server.url().toString().replaceAll("/$", ""));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "card-sim-shutdown"));
        Thread.currentThread().join(); // runs until killed
        return 0;
    }
}
