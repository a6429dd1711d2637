package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.Variants;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code variants} command and the {@code --variant} option of {@code vpcd}. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VariantsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void listsEveryVariantAsNameTabDescription() throws InterruptedException {
        assertEquals(0, run("variants"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(Variant.values().length, lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertEquals(Variant.values()[i].id() + "\t" + Variant.values()[i].description(), lines[i]);
        }
        assertEquals(2, run("variants", "--all"));
    }

    @Test
    void vpcdTakesAVariantList() throws UsageException {
        VpcdOptions o = VpcdOptions.parse(List.of("--port", "35963", "--variant", "short-apdu,reselect-clears"));
        assertEquals(Variants.of(Variant.SHORT_APDU, Variant.RESELECT_CLEARS), o.variants());
        assertEquals(Variants.NONE, VpcdOptions.parse(List.of("--port", "35963")).variants());
        UsageException twice = assertThrows(UsageException.class, () -> VpcdOptions.parse(
                List.of("--port", "1", "--variant", "sign-once", "--variant", "short-apdu")));
        assertTrue(twice.getMessage().contains("--variant given twice"), twice.getMessage());
    }

    @Test
    void badVariantsAreUsageErrorsWithExitCode2() throws InterruptedException {
        assertEquals(2, run("vpcd", "--port", "1", "--variant", "bogus"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("card-sim: --variant: unknown variant 'bogus'; valid: df52-issuer, "), e);
        err.reset();
        assertEquals(2, run("vpcd", "--port", "1", "--variant", "ca-2015,ca-2023"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "card-sim: --variant: variants ca-2015 and ca-2023 contradict each other"), err.toString());
        err.reset();
        assertEquals(2, run("vpcd", "--port", "1", "--variant"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--variant needs a value"));
    }
}
