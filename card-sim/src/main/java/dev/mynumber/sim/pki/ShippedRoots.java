package dev.mynumber.sim.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * The test CA certificates of every {@link CaGeneration}, shipped as DER resources next to this class
 * ({@code TEST-ONLY-root-auth.der}, {@code TEST-ONLY-root-sign-2015.der}, ...): their bytes never change (fixed keys, validity,
 * serials; PKCS#1 v1.5 is deterministic), and signing six of them cost the agent's start with
 * {@code --simulator} a quarter of a second (issue 17). {@link TestPki} builds one only if its resource is
 * missing; {@code ShippedRootsTest} fails when a resource differs from a fresh build.
 *
 * <p>Regenerate after changing a test CA: {@code java -cp card-sim/target/card-sim.jar
 * dev.mynumber.sim.pki.ShippedRoots card-sim/src/main/resources/dev/mynumber/sim/pki}.
 */
final class ShippedRoots {
    private ShippedRoots() {
    }

    /** The resource's file name of a generation's auth ({@code auth}) or signing ({@code sign}) root. */
    static String fileName(CaGeneration g, String kind) {
        return "TEST-ONLY-root-" + kind + g.keySuffix() + ".der";
    }

    /** The shipped root, if there is one. */
    static Optional<X509Certificate> shipped(CaGeneration g, String kind) {
        try (InputStream in = ShippedRoots.class.getResourceAsStream(fileName(g, kind))) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("corrupt test root resource " + fileName(g, kind), e);
        }
    }

    /**
     * Writes the roots of every generation, freshly built, into the resource folder given as the only argument.
     *
     * @param args the target folder
     */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: ShippedRoots TARGET_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (CaGeneration g : CaGeneration.values()) {
            Files.write(folder.resolve(fileName(g, "auth")), TestPki.buildAuthRoot(g).getEncoded());
            Files.write(folder.resolve(fileName(g, "sign")), TestPki.buildSignRoot(g).getEncoded());
        }
    }
}
