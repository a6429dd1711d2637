package dev.mynumber.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as a process: exactly one stdout line, and it starts and reports {@code pcsc: unavailable} when
 * PC/SC cannot be reached (simulated by pointing libpcsclite at a socket that does not exist, so the
 * machine's pcscd is never touched).
 */
class MainProcessTest {
    @TempDir
    Path dir;

    @Test
    void startsWithoutPcscAndPrintsOneLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stdout = dir.resolve("stdout.txt");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "0", "--token-file", dir.resolve("token").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(stdout.toFile());
        // libpcsclite finds pcscd through this socket path: pointing it nowhere is "pcscd not running"
        pb.environment().put("PCSCLITE_CSOCK_NAME", dir.resolve("no-pcscd.comm").toString());
        Process p = pb.start();
        try {
            long deadline = System.currentTimeMillis() + 20_000;
            // the first line is complete when its line break has been written
            while (!Files.readString(stdout, StandardCharsets.UTF_8).contains("\n")
                    && System.currentTimeMillis() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            String line = Files.readAllLines(stdout, StandardCharsets.UTF_8).get(0);
            Matcher m = Pattern.compile("Listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(line);
            assertTrue(m.matches(), "first line: " + line);
            Http.Reply health = new Http(Integer.parseInt(m.group(1))).send("GET", "/api/v1/health", null);
            assertEquals("unavailable", health.json().path("pcsc").asText(), health.raw().body());
            assertEquals(0, health.json().path("readers").asInt());
            p.destroy();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            List<String> all = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            assertEquals(1, all.size(), "exactly one line on standard output: " + all);
        } finally {
            p.destroyForcibly();
        }
    }
}
