package dev.mynumber.sim.persona;

import dev.mynumber.sim.files.ShippedSignatures;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Computes the built-in personas' card-file signatures for {@link ShippedSignatures}' resource.
 *
 * <p>Usage: {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.persona.ExportSignatures
 * card-sim/src/main/resources/dev/mynumber/sim/files}.
 */
public final class ExportSignatures {
    /** Any fixed day: only the X.509 certificates depend on it, and they are not among these signatures. */
    private static final Clock ANY_DAY = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private ExportSignatures() {
    }

    /** Builds every built-in persona's card (no variants) and returns the card-file signatures by id. */
    public static Map<String, byte[]> compute() {
        return ShippedSignatures.record(() -> Personas.BUILT_IN_IDS
                .forEach(id -> SimulatedCards.contents(Personas.builtIn(id), ANY_DAY)));
    }

    /**
     * Writes the resource into the folder given as the only argument.
     *
     * @param args the target folder
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExportSignatures TARGET_FOLDER");
            System.exit(2);
        }
        ShippedSignatures.write(args, compute());
    }
}
