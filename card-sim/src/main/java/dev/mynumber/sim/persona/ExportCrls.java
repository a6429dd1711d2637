package dev.mynumber.sim.persona;

import dev.mynumber.sim.pki.ExportTestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;

/**
 * Writes today's test CRLs as PEM ({@code test-auth.crl.pem}, {@code test-sign.crl.pem}) for verifiers
 * outside the JVM, e.g. {@code openssl verify -crl_check -CRLfile test-auth.crl.pem ...}.
 *
 * <p>Usage: {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.persona.ExportCrls <directory>}.
 */
public final class ExportCrls {

    private ExportCrls() {
    }

    /** Writes the two CRLs into the directory given as the only argument. */
    public static void main(String[] args) throws IOException, CRLException {
        if (args.length != 1) {
            System.err.println("usage: ExportCrls <directory>");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Files.writeString(dir.resolve("test-auth.crl.pem"),
                ExportTestPki.pem("X509 CRL", SimulatedCrls.authCrl().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("test-sign.crl.pem"),
                ExportTestPki.pem("X509 CRL", SimulatedCrls.signCrl().getEncoded()), StandardCharsets.US_ASCII);
        System.out.println("wrote the test CRLs to " + dir);
    }
}
