package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Detached CMS signatures made with the simulated card's signing key, verified as a server would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CmsVerifierTest {
    static final byte[] DATA = "申請書 2026".getBytes(StandardCharsets.UTF_8);
    final CmsVerifier verifier = new CmsVerifier(new CertificateVerifier(TrustAnchors.of(TestPki.get().signRoot()),
            CrlStore.of(SimulatedCrls.signCrl()), Clock.systemUTC()));

    @Test
    void theCardsSignatureOverTheDataIsValid() throws Exception {
        CmsVerdict v = verifier.verify(cms("adult", true), DATA);
        assertEquals(CertificateStatus.VALID, v.status(), v.toString());
        assertEquals(CheckReason.CMS_SIGNATURE_VALID, v.check(CmsVerifier.SIGNATURE).orElseThrow().reasonCode());
    }

    @Test
    void otherDataIsInvalid() throws Exception {
        CmsVerdict v = verifier.verify(cms("adult", true), "申請書 2027".getBytes(StandardCharsets.UTF_8));
        assertEquals(CertificateStatus.INVALID, v.status());
        assertEquals(CheckReason.CMS_SIGNATURE_INVALID, v.check(CmsVerifier.SIGNATURE).orElseThrow().reasonCode());
    }

    @Test
    void aRevokedSignersCertificateIsInvalid() throws Exception {
        CmsVerdict v = verifier.verify(cms("revoked", true), DATA);
        assertEquals(CertificateStatus.INVALID, v.status());
        assertEquals(CheckReason.CMS_SIGNATURE_VALID, v.check(CmsVerifier.SIGNATURE).orElseThrow().reasonCode());
    }

    @Test
    void withoutTheSignersCertificateNothingIsClaimed() throws Exception {
        CmsVerdict v = verifier.verify(cms("adult", false), DATA);
        assertEquals(CertificateStatus.INCOMPLETE, v.status());
        assertEquals(CheckReason.CMS_SIGNER_CERTIFICATE_MISSING,
                v.check(CmsVerifier.SIGNATURE).orElseThrow().reasonCode());
    }

    @Test
    void garbageIsMalformedNotACrash() {
        CmsVerdict v = verifier.verify(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}, DATA);
        assertEquals(CertificateStatus.INVALID, v.status());
        assertEquals(CheckReason.CMS_MALFORMED, v.checks().get(0).reasonCode());
    }

    /** What the agent's sign operation does in CMS format: the card signs SHA-256 of the signed attributes. */
    static byte[] cms(String persona, boolean withCertificate) throws Exception {
        JpkiAp jpki = new MyNumberCard(SimulatedCards.create(persona)::transmit).jpki();
        try (SigningPassword password = SigningPassword.of("ABC123".toCharArray())) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(jpki.signCertificate(password, LastTry.ALLOW)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(new CardSigner(jpki, password), cert));
            if (withCertificate) {
                generator.addCertificate(new JcaX509CertificateHolder(cert));
            }
            return generator.generate(new CMSProcessableByteArray(DATA), false).getEncoded();
        }
    }

    /** A ContentSigner whose private key is in the simulated card. */
    private record CardSigner(JpkiAp jpki, SigningPassword password, ByteArrayOutputStream out)
            implements
                ContentSigner {
        CardSigner(JpkiAp jpki, SigningPassword password) {
            this(jpki, password, new ByteArrayOutputStream());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new DefaultSignatureAlgorithmIdentifierFinder().find(AuthToken.ALGORITHM);
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public byte[] getSignature() {
            try {
                return jpki.signWithSignKey(password, DigestAlgorithm.SHA256, AuthToken.sha256(out.toByteArray()),
                        LastTry.ALLOW);
            } catch (Exception e) {
                throw new IllegalStateException("the simulated card did not sign", e);
            }
        }
    }
}
