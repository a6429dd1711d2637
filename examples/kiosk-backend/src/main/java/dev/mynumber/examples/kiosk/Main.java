package dev.mynumber.examples.kiosk;

import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.HttpOcspResponder;
import dev.mynumber.verifier.TrustAnchors;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the kiosk back end: {@code --port N} (default 8080), {@code --trust-anchor FILE}... (default: the J-LIS
 * roots shipped in token-verifier), {@code --crl FILE}..., {@code --ocsp URL}, {@code --origin URL}.
 */
public final class Main {
    private Main() {
    }

    /** Starts the server and runs until killed. */
    public static void main(String[] args) throws Exception {
        int port = 8080;
        String origin = null;
        String ocsp = null;
        List<Path> anchors = new ArrayList<>();
        List<Path> crls = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--origin" -> origin = args[i + 1];
                case "--ocsp" -> ocsp = args[i + 1];
                case "--trust-anchor" -> anchors.add(Path.of(args[i + 1]));
                case "--crl" -> crls.add(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CertificateVerifier certificates = new CertificateVerifier(
                anchors.isEmpty() ? TrustAnchors.jpkiRoots() : TrustAnchors.load(anchors), CrlStore.load(crls),
                ocsp == null ? null : new HttpOcspResponder(URI.create(ocsp), Duration.ofSeconds(5)),
                Clock.systemUTC());
        KioskBackend backend = KioskBackend.start(certificates, port, origin, Clock.systemUTC());
        System.out.println("kiosk back end on " + backend.origin());
    }
}
