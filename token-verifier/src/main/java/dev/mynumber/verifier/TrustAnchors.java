package dev.mynumber.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The root certificates a JPKI certificate must chain to (トラストアンカー): the shipped J-LIS roots, the
 * simulator's test roots, or files named in the configuration.
 */
public final class TrustAnchors {
    private static final String ROOTS = "jpki-roots/";
    private static final List<String> JPKI_ROOT_FILES = List.of("auth_ca_2015.pem", "auth_ca_2023.pem",
            "sign_ca_2015.pem", "sign_ca_2023.pem");

    private final List<X509Certificate> roots;

    private TrustAnchors(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The given root certificates (e.g. {@code TestPki.get().authRoot()} for the simulator). */
    public static TrustAnchors of(X509Certificate... roots) {
        return new TrustAnchors(List.of(roots));
    }

    /** The real J-LIS JPKI roots shipped in this jar (see {@code jpki-roots/README.md} for their validity). */
    public static TrustAnchors jpkiRoots() throws VerificationConfigException {
        List<X509Certificate> out = new ArrayList<>();
        for (String file : JPKI_ROOT_FILES) {
            try (InputStream in = TrustAnchors.class.getResourceAsStream(ROOTS + file)) {
                if (in == null) {
                    throw new VerificationConfigException("shipped root missing: " + file, null);
                }
                out.addAll(CertificateFiles.certificates(in, file));
            } catch (IOException e) {
                throw new VerificationConfigException("cannot read shipped root " + file, e);
            }
        }
        return new TrustAnchors(out);
    }

    /** Root certificates from PEM or DER files. */
    public static TrustAnchors load(List<Path> files) throws VerificationConfigException {
        List<X509Certificate> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(CertificateFiles.certificates(file));
        }
        return new TrustAnchors(out);
    }

    /** The root certificates. */
    public List<X509Certificate> certificates() {
        return roots;
    }

    Set<TrustAnchor> pkixAnchors() {
        return roots.stream().map(r -> new TrustAnchor(r, null)).collect(Collectors.toSet());
    }
}
