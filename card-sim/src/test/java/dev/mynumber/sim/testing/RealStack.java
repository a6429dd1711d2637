package dev.mynumber.sim.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Gatekeeper for tests that need the real stack (pcscd with vpcd, OpenSC, openssl): such a test skips
 * with a visible notice when a piece is missing, unless {@code -Drequire.real=true} (CI), where it fails.
 */
public final class RealStack {
    /** The vpcd slot this module's tests own (shared/tooling.md): slot 0. */
    public static final String VPCD_HOST = "127.0.0.1";
    /** The TCP port of vpcd slot 0. */
    public static final int VPCD_PORT = 35963;
    /** The name pcscd gives the reader of vpcd slot 0. */
    public static final String READER = "Virtual PCD 00 00";
    private static final Path PCSCD_SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private RealStack() {
    }

    /** Tells whether CI demands the real stack. */
    public static boolean required() {
        return Boolean.getBoolean("require.real");
    }

    /** Skips (or, when required, fails) the current test because something is missing. */
    public static void unavailable(String what) {
        String message = "real PC/SC stack unavailable: " + what;
        if (required()) {
            fail(message + " (require.real=true)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }

    /** Checks that pcscd runs and vpcd slot 0 listens, without connecting to it (that would insert a card). */
    public static void requireVpcdSlot0() {
        if (!Files.exists(PCSCD_SOCKET)) {
            unavailable("pcscd is not running (no " + PCSCD_SOCKET + ")");
        }
        if (!listening(VPCD_PORT)) {
            unavailable("vpcd is not listening on port " + VPCD_PORT);
        }
    }

    private static boolean listening(int port) {
        String local = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[1].endsWith(local) && f[3].equals("0A")) {
                        return true;
                    }
                }
            } catch (IOException e) {
                // no such table here; try the other one
            }
        }
        return false;
    }

    /** Returns the JDK's PC/SC terminal factory (SunPCSC), or skips/fails when it cannot load. */
    public static TerminalFactory sunPcsc() {
        try {
            return TerminalFactory.getInstance("PC/SC", null);
        } catch (java.security.NoSuchAlgorithmException e) {
            unavailable("SunPCSC cannot load libpcsclite: " + e.getMessage());
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the vpcd slot 0 terminal through SunPCSC once pcscd reports it empty, so a test never talks
     * to the card a previous test has just pulled (pcscd notices a removal only at its next poll).
     */
    public static javax.smartcardio.CardTerminal emptyVpcdTerminal(TerminalFactory factory) throws Exception {
        javax.smartcardio.CardTerminal t = factory.terminals().getTerminal(READER);
        if (t == null) {
            unavailable("pcscd has no reader '" + READER + "'");
        }
        if (!t.waitForCardAbsent(5000)) {
            fail("a card is still in '" + READER + "': is another vpcd client connected to port " + VPCD_PORT + "?");
        }
        return t;
    }

    /** Prints a timestamped diagnostic line (e.g. vpcd bridge status) to stderr for the build log. */
    public static void trace(String line) {
        System.err.println(java.time.LocalTime.now() + " real-stack: " + line);
    }

    /** Checks that each named program is on the PATH. */
    public static void requireTools(String... programs) {
        for (String p : programs) {
            boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, p)));
            if (!found) {
                unavailable(p + " is not installed");
            }
        }
    }

    /** The outcome of an external program. */
    public record Result(int exit, String out, String err) {
        /** Returns stdout, failing the test with both streams when the program did not exit with 0. */
        public String ok() {
            if (exit != 0) {
                fail("exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
            }
            return out;
        }
    }

    /** Runs a program with a timeout (killed and failed when exceeded); stdin is closed. */
    public static Result run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("realstack", ".out");
        Path err = Files.createTempFile("realstack", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeout);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
