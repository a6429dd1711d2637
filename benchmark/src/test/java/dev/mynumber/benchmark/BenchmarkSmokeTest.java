package dev.mynumber.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.timing.CardTimingProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark's per-operation table runs end to end once (tiny timing model); no time is asserted. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BenchmarkSmokeTest {
    @Test
    void everyOperationRunsThroughTheHttpApi() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CardTimingProfile tiny = new CardTimingProfile("tiny", Duration.ofNanos(1_000), Duration.ZERO, Duration.ZERO);
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            PerOperation.run(tiny, 1, out);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);
        for (Operation op : Operation.all("2000-01-01", 2030)) {
            assertTrue(table.contains("| " + op.name() + " |"), table);
        }
        // the APDU counts of docs/apdu-sequences.md, through the HTTP API (ApduSequencesTest pins each sequence)
        for (String row : List.of("| card-info by PIN | 17 |", "| authenticate (token) | 5 |", "| sign CMS | 5 |",
                "| certificates/sign | 4 |", "| wrong PIN (authenticate) | 3 |", "| pin-status | 15 |")) {
            assertTrue(table.contains(row), row + " in " + table);
        }
    }
}
