package dev.mynumber.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --simulator --variant NAME[,NAME...]}: parsed strictly, and the simulated cards play it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MainVariantOptionTest {
    @TempDir
    Path dir;

    @Test
    void badOrMisplacedVariantsExitWith2AndSayWhy() {
        assertTrue(run("--simulator", "--no-pcsc", "--variant", "bogus")
                .startsWith("--variant: unknown variant 'bogus'; valid: df52-issuer, "));
        assertTrue(run("--simulator", "--no-pcsc", "--variant", "sex-code-0,sex-code-3")
                .startsWith("--variant: variants sex-code-0 and sex-code-3 contradict each other"));
        assertTrue(run("--no-pcsc", "--variant", "short-apdu").startsWith("--variant needs --simulator"));
    }

    @Test
    void theSimulatedCardPlaysTheVariants() throws Exception {
        AgentConfig cfg = AgentConfig.defaults().withTokenFile(dir.resolve("token"));
        try (Agent agent = Agent.start(cfg,
                Agent.Options.on(0).withSimulator().withoutPcsc().withVariants("reselect-clears,wrong-le"))) {
            String token = Files.readString(dir.resolve("token")).trim();
            Http.Reply readers = new Http(agent.port()).send("GET", "/api/v1/simulator/readers", null,
                    "Authorization", "Bearer " + token);
            assertEquals("reselect-clears,wrong-le", readers.json().path("readers").get(0).path("variants").asText());
        }
    }

    /** Runs the command line (expecting exit code 2) and returns what it printed on standard error. */
    private static String run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(2, new CommandLine(new Main()).execute(args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
