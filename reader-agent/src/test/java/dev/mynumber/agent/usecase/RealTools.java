package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds external tools; skips with a visible notice when absent, or fails when {@code require.real} is true. */
final class RealTools {
    private RealTools() {
    }

    /** The path of a program on PATH, or skip/fail. */
    static Path require(String program) {
        Optional<Path> found = find(program);
        if (found.isPresent()) {
            return found.get();
        }
        String notice = program + " is not installed";
        if (Boolean.getBoolean("require.real")) {
            fail(notice + " and require.real=true");
        }
        System.err.println("NOTICE: skipping, " + notice);
        Assumptions.abort(notice);
        return null;
    }

    private static Optional<Path> find(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
