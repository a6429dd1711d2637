package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Skips a test (with a visible notice) when a real tool is missing, unless {@code require.real} is true. */
final class RealTools {
    private RealTools() {
    }

    static void require(String tool) {
        boolean present = System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH")
                .split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
        if (present) {
            return;
        }
        if (Boolean.getBoolean("require.real")) {
            fail(tool + " is required (require.real=true) but not on PATH");
        }
        System.err.println("NOTICE: skipping: " + tool + " not on PATH");
        Assumptions.abort(tool + " not on PATH");
    }
}
