package dev.mynumber.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The README's command as a user runs it ({@code java -jar reader-agent.jar --simulator}, plus {@code --no-pcsc}
 * so the machine's readers stay out): time to the first answered request, RSS idle, RSS after n card-info reads.
 */
final class ColdStart {
    /** The first heap measurement, after this many operations (issue 17: within 10% between 500 and 2000). */
    static final int CHECKPOINT = 500;
    private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("used (\\d+)K");
    private ColdStart() {
    }

    static void run(Path jar, int starts, int operations, PrintStream out) throws Exception {
        out.printf("%n## Start and memory (`java -jar %s --simulator --no-pcsc`, no JVM options)%n%n", jar);
        out.println("| start | to first answer (ms) | RSS idle (MB) | RSS after " + operations
                + " card-info (MB) | heap after GC at " + CHECKPOINT + " / " + operations + " (MB) | live objects at "
                + CHECKPOINT + " / " + operations + " (MB) |");
        out.println("|---|---|---|---|---|---|");
        for (int i = 1; i <= starts; i++) {
            once(jar, i, i == starts ? operations : 0, out);
        }
    }

    private static void once(Path jar, int n, int operations, PrintStream out) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path tokenFile = Files.createTempFile("bench-token", ".txt");
        Files.delete(tokenFile);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of("java", "-jar", jar.toString(), "--simulator", "--no-pcsc", "--port",
                String.valueOf(port), "--token-file", tokenFile.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Http http = awaitFirstAnswer(p, port, tokenFile);
            double startMs = (System.nanoTime() - t0) / 1e6;
            Readiness.awaitCards(http, 1);
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3)); // let start-up work settle before "idle"
            long idle = rssKb(p.pid());
            String after = "";
            String heap = "";
            String live = "";
            if (operations > 0) {
                String path = "/readers/simulated-reader-0/card-info";
                for (int i = 1; i <= operations; i++) {
                    http.call(path, Operation.CARD_INFO_PIN.body());
                    if (i == CHECKPOINT) {
                        heap = String.format("%.1f", heapAfterGcKb(p.pid()) / 1024.0);
                        live = String.format("%.2f", liveObjectsKb(p.pid()) / 1024.0);
                    }
                }
                after = String.format("%.0f", rssKb(p.pid()) / 1024.0);
                heap += String.format(" / %.1f", heapAfterGcKb(p.pid()) / 1024.0);
                live += String.format(" / %.2f", liveObjectsKb(p.pid()) / 1024.0);
            }
            out.printf("| %d | %.0f | %.0f | %s | %s | %s |%n", n, startMs, idle / 1024.0, after, heap, live);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(tokenFile);
        }
    }

    private static Http awaitFirstAnswer(Process p, int port, Path tokenFile) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(tokenFile) && Files.size(tokenFile) > 0) {
                Http http = new Http("http://127.0.0.1:" + port + "/api/v1", Files.readString(tokenFile).trim());
                try {
                    if (http.call("/readers", null).status() == 200) {
                        return http;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
            }
            LockSupport.parkNanos(2_000_000L); // poll every 2 ms
        }
        throw new IllegalStateException("the agent did not answer within 60 s");
    }

    /** The heap in use after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}), in KB. */
    static long heapAfterGcKb(long pid) throws Exception {
        jcmd(pid, "GC.run");
        for (String line : jcmd(pid, "GC.heap_info").split("\\R")) {
            java.util.regex.Matcher m = USED.matcher(line);
            if (line.contains("total") && m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return -1;
    }

    /**
     * The bytes of all reachable objects, in KB ({@code jcmd GC.class_histogram}, which runs a full GC first): the
     * live set itself, where G1's "used" after a GC also counts space it keeps (it varied by 1-3 MB run to run).
     */
    static long liveObjectsKb(long pid) throws Exception {
        for (String line : jcmd(pid, "GC.class_histogram").split("\\R")) {
            if (line.startsWith("Total")) {
                String[] fields = line.trim().split("\\s+");
                return Long.parseLong(fields[fields.length - 1]) / 1024;
            }
        }
        return -1;
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return text;
    }

    /** VmRSS of a process, in KB (Linux). */
    static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
