package dev.mynumber.agent.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Skips a test with a visible notice when a real tool is missing, or fails when {@code require.real} is true. */
public final class RealTools {
    private RealTools() {
    }

    /** Requires a running pcscd with vpcd listening on a port. */
    public static void requirePcscdWithVpcd(int port) {
        String missing = null;
        if (!Files.exists(Path.of("/run/pcscd/pcscd.comm"))) {
            missing = "pcscd is not running (start it: pcscd --foreground &)";
        } else if (!listening(port)) {
            missing = "vpcd does not listen on 127.0.0.1:" + port;
        }
        if (missing == null) {
            return;
        }
        if (Boolean.getBoolean("require.real")) {
            fail("require.real=true but " + missing);
        }
        System.out.println("[SKIPPED] real PC/SC test: " + missing);
        Assumptions.abort(missing);
    }

    private static boolean listening(int port) {
        // a bare connect makes vpcd think a card came and went: ask the kernel's socket table first
        Path table = Path.of("/proc/net/tcp");
        if (Files.isReadable(table)) {
            String local = String.format(":%04X ", port);
            try (java.util.stream.Stream<String> lines = Files.lines(table)) {
                // columns: sl local_address rem_address st ...; st 0A is LISTEN
                return lines.map(String::trim).map(l -> l.split("\\s+"))
                        .anyMatch(c -> c.length > 3 && (c[1] + " ").endsWith(local) && c[3].equals("0A"));
            } catch (IOException e) {
                // fall through to a connect
            }
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
