package dev.mynumber.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * OpenSC against the agent through the real stack (pcscd + vpcd + {@code card-sim vpcd --log --timing contact}):
 * reading the authentication certificate, and signing with the authentication key after the PIN. APDUs are the
 * card's own log lines. Needs the one pcscd of the machine: run it under {@code flock /tmp/pcscd.lock}.
 */
final class SideBySide {
    static final String READER = "Virtual PCD 00 00";
    private static final String MODULE = "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so";
    private final AtomicInteger apdus = new AtomicInteger();

    static void run(Path simJar, Path agentJar, PrintStream out) throws Exception {
        new SideBySide().compare(simJar, agentJar, out);
    }

    private void compare(Path simJar, Path agentJar, PrintStream out) throws Exception {
        Process card = startCard(simJar);
        Path dir = Files.createTempDirectory("bench-opensc");
        try {
            awaitCommand(List.of("opensc-tool", "--reader", READER, "--name"));
            Path data = Files.writeString(dir.resolve("data.txt"), "benchmark data");
            out.printf("%n## OpenSC and the agent through pcscd + vpcd (card-sim --timing contact)%n%n");
            out.println("| tool | what | APDUs | wall time (ms) |");
            out.println("|---|---|---|---|");
            measure(out, "pkcs15-tool", "read the auth certificate", () -> exec(List.of("pkcs15-tool", "--reader",
                    READER, "--read-certificate", "01")));
            measure(out, "pkcs11-tool", "login (auth PIN) and sign with the auth key", () -> exec(List.of(
                    "pkcs11-tool", "--module", MODULE, "--slot", "0", "--login", "--pin", "1234", "--sign",
                    "--mechanism", "SHA256-RSA-PKCS", "--id", "01", "-i", data.toString(), "-o",
                    dir.resolve("data.sig").toString())));
            agent(agentJar, dir, out);
        } finally {
            card.destroy();
            card.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void agent(Path agentJar, Path dir, PrintStream out) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path tokenFile = dir.resolve("token");
        Process p = new ProcessBuilder(List.of("java", "-jar", agentJar.toString(), "--port", String.valueOf(port),
                "--token-file", tokenFile.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(tokenFile) || Files.size(tokenFile) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the agent wrote no token");
                }
                LockSupport.parkNanos(10_000_000L);
            }
            Http http = new Http("http://127.0.0.1:" + port + "/api/v1", Files.readString(tokenFile).trim());
            awaitAgent(http);
            String r = "/readers/virtual-pcd-00-00";
            measure(out, "agent", "GET certificates/auth", () -> check(http.call(r + "/certificates/auth", null)));
            measure(out, "agent", "POST authenticate (PIN, sign, certificate)", () -> check(http.call(
                    r + "/authenticate", Operation.AUTHENTICATE.body())));
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitAgent(Http http) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.call("/readers", null).body().toString().contains("\"cardPresent\":true")) {
                    Readiness.awaitCards(http, 1);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            LockSupport.parkNanos(10_000_000L);
        }
        throw new IllegalStateException("the agent did not see the vpcd card");
    }

    private static void check(Http.Answer a) {
        if (a.status() != 200) {
            throw new IllegalStateException("HTTP " + a.status() + " " + a.body());
        }
    }

    private void measure(PrintStream out, String tool, String what, Step step) throws Exception {
        int before = apdus.get();
        long t0 = System.nanoTime();
        step.run();
        double ms = (System.nanoTime() - t0) / 1e6;
        out.printf("| %s | %s | %d | %.0f |%n", tool, what, apdus.get() - before, ms);
    }

    private Process startCard(Path simJar) throws Exception {
        Process p = new ProcessBuilder(List.of("java", "-jar", simJar.toString(), "vpcd", "--port", "35963",
                "--log", "--timing", "contact")).start();
        CountDownLatch connected = new CountDownLatch(1);
        pump(p.getInputStream(), line -> {
            if (line.contains("connected")) {
                connected.countDown();
            }
        });
        pump(p.getErrorStream(), line -> {
            if (line.startsWith("apdu: ") && !line.equals("apdu: reset")) {
                apdus.incrementAndGet();
            }
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            p.destroy();
            throw new IllegalStateException("card-sim did not connect to vpcd on 35963");
        }
        return p;
    }

    private static void pump(java.io.InputStream in, java.util.function.Consumer<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static void awaitCommand(List<String> command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0) {
                return;
            }
            LockSupport.parkNanos(100_000_000L);
        }
        throw new IllegalStateException("pcscd does not show the card in " + READER);
    }

    private static void exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + p.exitValue() + ")");
        }
    }

    /** One measured step. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
