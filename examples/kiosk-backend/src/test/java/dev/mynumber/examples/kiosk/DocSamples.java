package dev.mynumber.examples.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.AuthTokenVerifier;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CmsVerdict;
import dev.mynumber.verifier.CmsVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.InMemoryNonceStore;
import dev.mynumber.verifier.NonceStore;
import dev.mynumber.verifier.TrustAnchors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** The Java samples of docs/integrators.md, compiled here; {@link DocSamplesTest} keeps the page in step. */
final class DocSamples {
    private DocSamples() {
    }

    static boolean verifyToken(String body) throws Exception {
        NonceStore nonces = new InMemoryNonceStore(Clock.systemUTC(), Duration.ofMinutes(5));
        CertificateVerifier certificates = new CertificateVerifier(TrustAnchors.jpkiRoots(),   // both J-LIS generations
                CrlStore.load(List.of(Path.of("/etc/kiosk/jpki-auth.crl"))), Clock.systemUTC());
        AuthTokenVerifier verifier = new AuthTokenVerifier(certificates, nonces, "https://kiosk.example.jp");

        byte[] nonce = nonces.issue();              // POST /api/login/nonce: keep it in the session, send it base64
        // POST /api/login: the page sends the agent's token {format, algorithm, certificate, signature}
        AuthToken token = new ObjectMapper().readValue(body, AuthToken.class);
        AuthTokenVerdict verdict = verifier.verify(token, nonce);         // uses the nonce up: single use
        return verdict.status() == CertificateStatus.VALID;              // never VALID unless every check passed
    }

    static boolean verifyCms(String cmsBase64, byte[] data) throws Exception {
        CertificateVerifier signing = new CertificateVerifier(TrustAnchors.jpkiRoots(),
                CrlStore.load(List.of(Path.of("/etc/kiosk/jpki-sign.crl"))), Clock.systemUTC());
        CmsVerdict verdict = new CmsVerifier(signing).verify(Base64.getDecoder().decode(cmsBase64), data);
        return verdict.status() == CertificateStatus.VALID;
    }
}
