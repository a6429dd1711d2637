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
 * Runs the real {@code openssl} CLI; when it is absent the test is skipped with a visible notice, or fails
 * if the {@code require.real} system property is true (CI).
 */
public final class OpenSslTool {
    /** The result of one run. */
    public record Result(int exitCode, String output) {
    }

    private OpenSslTool() {
    }

    /** Skips (or fails under require.real) unless {@code openssl version} runs. */
    public static void requireOpenSsl() {
        boolean present;
        try {
            present = run(Path.of("."), "version").exitCode() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            String notice = "openssl CLI not found: independent certificate/signature checks SKIPPED";
            if (Boolean.getBoolean("require.real")) {
                fail(notice + " (require.real=true)");
            }
            System.out.println("[NOTICE] " + notice);
            Assumptions.abort(notice);
        }
    }

    /** Runs {@code openssl <args>} in a directory and returns exit code and combined output. */
    public static Result run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroy();
                throw new IOException("openssl timed out");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
