package dev.mynumber.sim.pki;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real command-line tool ({@code openssl}, {@code opj_decompress}); when it is absent the test is
 * skipped with a visible notice, or fails if the {@code require.real} system property is true (CI).
 */
public final class RealTool {
    /** The result of one run. */
    public record Result(int exitCode, String output) {
    }

    private RealTool() {
    }

    /** Skips (or fails under require.real) unless {@code tool probeArgs...} runs. */
    public static void require(String tool, String... probeArgs) {
        boolean present;
        try {
            run(Path.of("."), tool, probeArgs);
            present = true;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            String notice = tool + " not found: independent check SKIPPED";
            if (Boolean.getBoolean("require.real")) {
                fail(notice + " (require.real=true)");
            }
            System.out.println("[NOTICE] " + notice);
            Assumptions.abort(notice);
        }
    }

    /** Skips (or fails under require.real) unless the openssl CLI runs. */
    public static void requireOpenSsl() {
        require("openssl", "version");
    }

    /** Runs {@code openssl <args>} in a directory. */
    public static Result openssl(Path dir, String... args) throws IOException {
        return run(dir, "openssl", args);
    }

    /** Runs {@code tool <args>} in a directory and returns exit code and combined output. */
    public static Result run(Path dir, String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroy();
                throw new IOException(tool + " timed out");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
