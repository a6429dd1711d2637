package dev.mynumber.agent.usecase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code openssl cms -verify} on a detached CMS signature. */
final class Openssl {
    private Openssl() {
    }

    /**
     * The outcome of one openssl run.
     *
     * @param exitCode the process exit code
     * @param output stdout and stderr
     */
    record Result(int exitCode, String output) {
    }

    /**
     * Verifies a detached DER CMS over the content with the signer certificate (no chain check unless a CA).
     *
     * @param dir a temp dir for the files
     * @param cms DER SignedData
     * @param content the signed data
     * @param certificatePem the signer's certificate
     * @param caPemOrNull a trust anchor for a chain check, or null for {@code -noverify}
     */
    static Result cmsVerify(Path dir, byte[] cms, byte[] content, String certificatePem, String caPemOrNull)
            throws IOException, InterruptedException {
        Path openssl = RealTools.require("openssl");
        Path sig = Files.write(dir.resolve("sig.der"), cms);
        Path data = Files.write(dir.resolve("data.bin"), content);
        Path cert = Files.writeString(dir.resolve("sign.pem"), certificatePem);
        List<String> command = new ArrayList<>(List.of(openssl.toString(), "cms", "-verify", "-binary",
                "-content", data.toString(), "-inform", "DER", "-in", sig.toString(), "-certfile", cert.toString(),
                "-out", dir.resolve("out.bin").toString()));
        if (caPemOrNull == null) {
            command.add("-noverify");
        } else {
            command.addAll(List.of("-CAfile", Files.writeString(dir.resolve("ca.pem"), caPemOrNull).toString(),
                    "-purpose", "any"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("openssl timed out");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }
}
