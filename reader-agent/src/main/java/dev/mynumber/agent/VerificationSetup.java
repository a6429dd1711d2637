package dev.mynumber.agent;

import dev.mynumber.agent.simulator.SimulatorPki;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.card.verify.CardDataVerifier;
import dev.mynumber.card.verify.IssuerKey;
import dev.mynumber.card.verify.IssuerKeys;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.HttpOcspResponder;
import dev.mynumber.verifier.TrustAnchors;
import dev.mynumber.verifier.VerificationConfigException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Verifiers} from the configuration (docs/configuration.md): trust anchors, CRL files, OCSP URL
 * and the AP issuer keys; in simulator mode the simulator's test roots, issuer keys and daily CRLs are added.
 */
public final class VerificationSetup {
    private static final Duration OCSP_TIMEOUT = Duration.ofSeconds(5);

    private VerificationSetup() {
    }

    /**
     * Loads every configured file; a missing or unreadable one stops the start, naming the file.
     *
     * @param cfg the configuration
     * @param simulator whether the agent runs with simulated readers (adds the test PKI)
     * @param clock the time certificates are judged at
     * @return the verifiers
     * @throws VerificationConfigException naming the file that could not be read
     */
    public static Verifiers from(AgentConfig cfg, boolean simulator, Clock clock) throws VerificationConfigException {
        TrustAnchors anchors = anchors(cfg, simulator);
        CrlStore crls = CrlStore.load(paths(cfg.crlFiles()));
        if (simulator) {
            crls = crls.with(SimulatorPki.crls(clock));
        }
        HttpOcspResponder ocsp = cfg.ocspUrl() == null ? null
                : new HttpOcspResponder(ocspUri(cfg.ocspUrl()), OCSP_TIMEOUT);
        List<IssuerKey> text = new ArrayList<>();
        List<IssuerKey> visual = new ArrayList<>();
        key(cfg.textApIssuerKeyFile()).ifPresent(k -> text.add(issuerKey(k, cfg.textApIssuerKeyReference())));
        key(cfg.visualApIssuerKeyFile()).ifPresent(k -> visual.add(issuerKey(k, cfg.visualApIssuerKeyReference())));
        if (simulator) {
            // bound to the test issuer IDs: a real card in a real reader is then "issuer not verified", never false
            text.add(IssuerKey.bound(SimulatorPki.textApIssuerKey(), SimulatorPki.TEXT_ISSUER_REFERENCE));
            visual.add(IssuerKey.bound(SimulatorPki.visualApIssuerKey(), SimulatorPki.VISUAL_ISSUER_REFERENCE));
        }
        return new Verifiers(new CardDataVerifier(new IssuerKeys(text, visual)),
                new CertificateVerifier(anchors, crls, ocsp, clock));
    }

    private static IssuerKey issuerKey(RSAPublicKey key, String reference) {
        return reference == null ? IssuerKey.unbound(key) : IssuerKey.bound(key, reference);
    }

    /** The configured roots or the shipped J-LIS roots, plus the simulator's test roots in simulator mode. */
    private static TrustAnchors anchors(AgentConfig cfg, boolean simulator) throws VerificationConfigException {
        List<X509Certificate> roots = new ArrayList<>(cfg.trustAnchorFiles() == null
                ? TrustAnchors.jpkiRoots().certificates()
                : TrustAnchors.load(paths(cfg.trustAnchorFiles())).certificates());
        if (simulator) {
            roots.addAll(SimulatorPki.roots());
        }
        return TrustAnchors.of(roots.toArray(X509Certificate[]::new));
    }

    /**
     * Reads an RSA public key from a PEM ({@code -----BEGIN PUBLIC KEY-----}) or DER SubjectPublicKeyInfo file.
     *
     * @param file the key file, or null for none
     */
    static Optional<RSAPublicKey> key(String file) throws VerificationConfigException {
        if (file == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            String text = new String(bytes, StandardCharsets.US_ASCII);
            byte[] der = text.contains("-----BEGIN PUBLIC KEY-----") ? Base64.getMimeDecoder().decode(text
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").trim()) : bytes;
            return Optional.of((RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der)));
        } catch (IOException e) {
            throw new VerificationConfigException("cannot read issuer key file " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new VerificationConfigException("not an RSA public key file: " + file, e);
        }
    }

    private static URI ocspUri(String url) throws VerificationConfigException {
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new VerificationConfigException("ocspUrl must be http or https", null);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new VerificationConfigException("ocspUrl is not a URL", e);
        }
    }

    private static List<Path> paths(List<String> files) {
        return files.stream().map(Path::of).toList();
    }
}
