package dev.mynumber.examples.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.transport.SmartcardioTransport;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.sim.junit.SimulatedCard;
import dev.mynumber.sim.junit.SimulatedCardExtension;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.TrustAnchors;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The back end's login logic against tokens the simulated card signs in this JVM (card-sim-junit, no agent). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@ExtendWith(SimulatedCardExtension.class)
class KioskLoginTest {
    static final String ORIGIN = "https://kiosk.example.jp";
    final KioskLogin login = new KioskLogin(new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
            CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC()), ORIGIN, Clock.systemUTC());

    @Test
    void aGenuineCardLogsInOnce(@SimulatedCard(persona = "adult") CardTerminal terminal) throws Exception {
        AuthToken token = sign(terminal, login.issueNonce("s1"));
        assertEquals(CertificateStatus.VALID, login.login("s1", token).orElseThrow().status());
        assertTrue(login.login("s1", token).isEmpty(), "the session's nonce is used up");
    }

    @Test
    void aRevokedCardIsRefused(@SimulatedCard(persona = "revoked") CardTerminal terminal) throws Exception {
        AuthToken token = sign(terminal, login.issueNonce("s2"));
        assertEquals(CertificateStatus.INVALID, login.login("s2", token).orElseThrow().status());
    }

    /** What the agent does for authenticate: the card signs SHA-256(origin) || SHA-256(nonce). */
    static AuthToken sign(CardTerminal terminal, byte[] nonce) throws Exception {
        JpkiAp jpki = new MyNumberCard(new SmartcardioTransport(terminal.connect("*").getBasicChannel())).jpki();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(AuthToken.dataToSign(ORIGIN, nonce));
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(jpki.authCertificate()));
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            return AuthToken.of(cert, jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, digest, LastTry.REFUSE));
        }
    }
}
