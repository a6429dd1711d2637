package dev.mynumber.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Starting the agent: loopback only, simulator mode, token file, configuration file. */
class AgentStartTest {
    @TempDir
    Path dir;

    @Test
    void refusesNonLoopbackBind() {
        assertFalse(Main.isLoopback("0.0.0.0"));
        assertFalse(Main.isLoopback("192.0.2.1"));
        assertFalse(Main.isLoopback("::1"));
        assertTrue(Main.isLoopback("127.0.0.1"));
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(2, new CommandLine(new Main()).execute("--bind", "0.0.0.0", "--no-pcsc"));
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void simulatorModeStartsWithTheAdultCardAndAnOwnerOnlyToken() throws Exception {
        Path tokenFile = dir.resolve("sub/token");
        AgentConfig cfg = AgentConfig.defaults().withTokenFile(tokenFile);
        try (Agent agent = Agent.start(cfg, Agent.Options.on(0).withSimulator().withoutPcsc())) {
            assertTrue(agent.port() > 0);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
            assertEquals("rwx------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile.getParent())));
            String token = Files.readString(tokenFile).trim();
            Http http = new Http(agent.port());
            Http.Reply health = http.send("GET", "/api/v1/health", null);
            assertEquals(2, health.json().path("readers").asInt());
            assertEquals("disabled", health.json().path("pcsc").asText());
            Http.Reply readers = http.send("GET", "/api/v1/readers", null, "Authorization", "Bearer " + token);
            assertTrue(readers.json().path("readers").get(0).path("cardPresent").asBoolean());
            Http.Reply pins = http.send("GET", "/api/v1/readers/simulated-reader-0/pin-status", null,
                    "Authorization", "Bearer " + token);
            assertEquals(200, pins.status(), pins.raw().body());
        }
    }

    @Test
    void configurationFileWithDefaultsAndTypoDetection() throws IOException {
        Path file = dir.resolve("agent.json");
        Files.writeString(file, "{\"allowedOrigins\":[\"https://kiosk.example.jp\"],\"busyWaitMillis\":500}");
        AgentConfig cfg = AgentConfig.load(file);
        assertEquals(List.of("https://kiosk.example.jp"), cfg.allowedOrigins());
        assertEquals(500, cfg.busyWait().toMillis());
        assertEquals(30_000, cfg.operationTimeout().toMillis());
        Files.writeString(file, "{\"allowedOrigin\":[]}");
        assertThrows(IOException.class, () -> AgentConfig.load(file));
    }
}
