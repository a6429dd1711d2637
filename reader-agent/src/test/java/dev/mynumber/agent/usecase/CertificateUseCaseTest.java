package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.certificate.SignerIdentity;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.card.LastTry;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The JPKI certificates through the service: DER, PEM, summary, and the signer identity. */
class CertificateUseCaseTest {
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    static X509Certificate fromPem(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void authenticationCertificateNeedsNoPinAndChainsToTheTestRoot() throws Exception {
        SimCards adult = SimCards.open("adult");
        CertificateView view = new ReadAuthCertificate().run(service.on(adult.card));

        assertEquals(0, adult.transport.verifiesWithData());
        assertEquals(CertificateKind.AUTHENTICATION, view.kind());
        assertNull(view.identity());
        X509Certificate cert = fromPem(view.pem());
        assertArrayEquals(Base64.getDecoder().decode(view.der()), cert.getEncoded());
        cert.verify(TestPki.get().authRoot().getPublicKey());
        assertEquals(cert.getSerialNumber().toString(16).toUpperCase(), view.summary().serialNumber());
        assertEquals(cert.getNotAfter().toInstant().toString(), view.summary().notAfter());
        assertEquals(2048, view.summary().publicKeyBits());
        assertTrue(view.summary().issuer().contains("JPKI"), view.summary().issuer());
    }

    @Test
    void signingCertificateCarriesTheHoldersIdentity() throws Exception {
        SimCards adult = SimCards.open("adult");
        CardInfoView info = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(service.on(adult.card, Progress.NONE));
        adult.reset();

        CertificateView view = new ReadSignCertificate(SimCards.password(SimCards.PASSWORD), LastTry.REFUSE)
                .run(service.on(adult.card));

        assertEquals(CertificateKind.SIGNING, view.kind());
        fromPem(view.pem()).verify(TestPki.get().signRoot().getPublicKey());
        SignerIdentity identity = view.identity();
        assertNotNull(identity);
        assertEquals(info.name(), identity.name());
        LocalDate birth = LocalDate.parse(info.birthDate());
        assertTrue(identity.birthDate().endsWith(birth.toString().replace("-", "")), "EYYYYMMDD");
        assertTrue(identity.sex().matches("[129]"));
        assertNotNull(identity.address());
    }
}
