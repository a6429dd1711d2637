package dev.mynumber.sim.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Writes the test trust anchors as PEM files for tools outside the JVM (openssl, an agent configured with
 * explicit anchors): {@code test-auth-root.pem}, {@code test-sign-root.pem}, {@code test-textap-issuer.pem},
 * {@code test-visualap-issuer.pem} (the last two are SubjectPublicKeyInfo public keys).
 *
 * <p>Usage: {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.pki.ExportTestPki <directory>}.
 * The files are identical on every run (fixed keys, validity and serials).
 */
public final class ExportTestPki {

    private ExportTestPki() {
    }

    /** Writes the four PEM files into the directory given as the only argument. */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: ExportTestPki <directory>");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        TestPki pki = TestPki.get();
        write(dir.resolve("test-auth-root.pem"), "CERTIFICATE", pki.authRoot().getEncoded());
        write(dir.resolve("test-sign-root.pem"), "CERTIFICATE", pki.signRoot().getEncoded());
        write(dir.resolve("test-textap-issuer.pem"), "PUBLIC KEY", pki.textApIssuerKey().getEncoded());
        write(dir.resolve("test-visualap-issuer.pem"), "PUBLIC KEY", pki.visualApIssuerKey().getEncoded());
        System.out.println("wrote the test trust anchors to " + dir);
    }

    /** Encodes DER as PEM with the given label. */
    public static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static void write(Path file, String label, byte[] der) throws IOException {
        Files.writeString(file, pem(label, der), StandardCharsets.US_ASCII);
    }
}
