package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens signed by the simulated card's JPKI auth key, verified as a kiosk back end would. */
class AuthTokenVerifierTest {
    static final String ORIGIN = "https://kiosk.example.jp";
    static JpkiAp jpki;
    static X509Certificate certificate;
    final MutableClock clock = new MutableClock(Instant.now());
    final InMemoryNonceStore nonces = new InMemoryNonceStore(clock, Duration.ofMinutes(5));
    final AuthTokenVerifier verifier = new AuthTokenVerifier(new CertificateVerifier(
            TrustAnchors.of(TestPki.get().authRoot()), CrlStore.of(SimulatedCrls.authCrl()), clock), nonces, ORIGIN);

    @BeforeAll
    static void openCard() throws Exception {
        jpki = new MyNumberCard(SimulatedCards.create("adult")::transmit).jpki();
        certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(jpki.authCertificate()));
    }

    /** What the agent's authenticate operation does: sign SHA-256(origin) || SHA-256(nonce) with the auth key. */
    static AuthToken agentSigns(String origin, byte[] nonce) throws Exception {
        byte[] digest = AuthToken.sha256(AuthToken.dataToSign(origin, nonce));
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            return AuthToken.of(certificate, jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, digest, LastTry.ALLOW));
        }
    }

    @Test
    void freshTokenForThisOriginIsValid() throws Exception {
        byte[] nonce = nonces.issue();
        AuthTokenVerdict v = verifier.verify(agentSigns(ORIGIN, nonce), nonce);
        assertEquals(CertificateStatus.VALID, v.status(), v.toString());
    }

    @Test
    void replayedTokenFailsTheNonce() throws Exception {
        byte[] nonce = nonces.issue();
        AuthToken token = agentSigns(ORIGIN, nonce);
        assertEquals(CertificateStatus.VALID, verifier.verify(token, nonce).status());
        AuthTokenVerdict replay = verifier.verify(token, nonce);
        assertEquals(CheckStatus.FAILED, replay.check(AuthTokenVerifier.NONCE).orElseThrow().status());
        assertEquals(CertificateStatus.INVALID, replay.status());
    }

    @Test
    void tokenMadeForAnotherOriginFailsTheSignature() throws Exception {
        byte[] nonce = nonces.issue();
        AuthTokenVerdict v = verifier.verify(agentSigns("https://evil.example", nonce), nonce);
        assertEquals(CheckStatus.FAILED, v.check(AuthTokenVerifier.SIGNATURE).orElseThrow().status());
        assertEquals(CertificateStatus.INVALID, v.status());
    }

    @Test
    void nonceNotIssuedHereOrTooShortOrExpiredFails() throws Exception {
        byte[] foreign = new byte[32];
        assertEquals(CheckStatus.FAILED,
                verifier.verify(agentSigns(ORIGIN, foreign), foreign).check(AuthTokenVerifier.NONCE).get().status());
        byte[] shortNonce = new byte[16];
        assertEquals(CheckStatus.FAILED, verifier.verify(agentSigns(ORIGIN, shortNonce), shortNonce)
                .check(AuthTokenVerifier.NONCE).get().status());
        byte[] nonce = nonces.issue();
        AuthToken token = agentSigns(ORIGIN, nonce);
        clock.advance(Duration.ofMinutes(6));
        assertEquals(CheckStatus.FAILED, verifier.verify(token, nonce).check(AuthTokenVerifier.NONCE).get().status());
    }

    @Test
    void alteredSignatureOrFormatFails() throws Exception {
        byte[] nonce = nonces.issue();
        AuthToken t = agentSigns(ORIGIN, nonce);
        byte[] sig = java.util.Base64.getDecoder().decode(t.signature());
        sig[10] ^= 1;
        AuthToken altered = new AuthToken(t.format(), t.algorithm(), t.certificate(),
                java.util.Base64.getEncoder().encodeToString(sig));
        assertEquals(CertificateStatus.INVALID, verifier.verify(altered, nonce).status());
        byte[] nonce2 = nonces.issue();
        AuthToken t2 = agentSigns(ORIGIN, nonce2);
        AuthToken v2 = new AuthToken("mynumber-auth-token:2", t2.algorithm(), t2.certificate(), t2.signature());
        assertEquals(CheckStatus.FAILED, verifier.verify(v2, nonce2).check(AuthTokenVerifier.FORMAT).get().status());
    }

    @Test
    void tokenFromAnUntrustedCertificateFailsTheChain() throws Exception {
        AuthTokenVerifier realRootsOnly = new AuthTokenVerifier(
                new CertificateVerifier(TrustAnchors.jpkiRoots(), CrlStore.none(), clock), nonces, ORIGIN);
        byte[] nonce = nonces.issue();
        AuthTokenVerdict v = realRootsOnly.verify(agentSigns(ORIGIN, nonce), nonce);
        assertEquals(CheckStatus.FAILED, v.check(ChainCheck.NAME).orElseThrow().status());
    }

    @Test
    void tokenSurvivesJson() throws Exception {
        byte[] nonce = nonces.issue();
        AuthToken t = agentSigns(ORIGIN, nonce);
        ObjectMapper json = new ObjectMapper();
        AuthToken back = json.readValue(json.writeValueAsString(t), AuthToken.class);
        assertEquals(t, back);
        assertEquals(CertificateStatus.VALID, verifier.verify(back, nonce).status());
    }

    @Test
    void originWithAPathIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AuthTokenVerifier(
                new CertificateVerifier(TrustAnchors.of(), CrlStore.none(), clock), nonces, ORIGIN + "/login"));
    }

    /** A clock tests can move forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
