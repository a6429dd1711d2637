package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.pki.OcspProbe;
import dev.mynumber.sim.pki.TestPki;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

/** The built-in personas' certificates get the OCSP answers a verifier expects: good, revoked or unknown. */
class SimulatedOcspTest {
    private static final TestPki PKI = TestPki.get();

    @Test
    void adultIsGoodUnderTheChecksAnIssuerOnlyClientMakes() throws Exception {
        Instant before = Instant.now();
        byte[] nonce = new byte[32];
        new SecureRandom().nextBytes(nonce);
        X509Certificate auth = cert("adult", CardFile.JPKI_AUTH_CERT);
        byte[] response = SimulatedOcsp.respond(OcspProbe.request(nonce,
                OcspProbe.id(PKI.authRoot(), auth.getSerialNumber())), Clock.systemUTC());
        BasicOCSPResp basic = OcspProbe.basic(response);
        assertTrue(
                basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(PKI.authRoot().getPublicKey())));
        assertArrayEquals(nonce, OcspProbe.nonce(basic));
        SingleResp single = OcspProbe.single(response);
        assertEquals(CertificateStatus.GOOD, single.getCertStatus());
        // current for a client whose "now" was taken before it asked
        assertFalse(single.getThisUpdate().toInstant().isAfter(before));
        assertTrue(single.getNextUpdate().toInstant().isAfter(Instant.now()));
    }

    @Test
    void revokedPersonaIsRevokedForBothCertificates() throws Exception {
        RevokedStatus auth = assertInstanceOf(RevokedStatus.class,
                status(PKI.authRoot(), cert("revoked", CardFile.JPKI_AUTH_CERT).getSerialNumber()));
        assertEquals(CRLReason.keyCompromise, auth.getRevocationReason());
        assertEquals(SimulatedCrls.authCrl().getRevokedCertificate(cert("revoked", CardFile.JPKI_AUTH_CERT))
                .getRevocationDate(), auth.getRevocationTime());
        assertInstanceOf(RevokedStatus.class,
                status(PKI.signRoot(), cert("revoked", CardFile.JPKI_SIGN_CERT).getSerialNumber()));
    }

    @Test
    void otherPersonasAreGoodAndStrangersUnknown() throws Exception {
        assertEquals(CertificateStatus.GOOD,
                status(PKI.signRoot(), cert("adult", CardFile.JPKI_SIGN_CERT).getSerialNumber()));
        assertEquals(CertificateStatus.GOOD,
                status(PKI.authRoot(), cert("expired", CardFile.JPKI_AUTH_CERT).getSerialNumber()));
        assertInstanceOf(UnknownStatus.class, status(PKI.authRoot(), new BigInteger(64, new SecureRandom())));
        // the adult's auth serial is no certificate of the signing CA
        assertInstanceOf(UnknownStatus.class,
                status(PKI.signRoot(), cert("adult", CardFile.JPKI_AUTH_CERT).getSerialNumber()));
    }

    @Test
    void garbageIsAMalformedRequest() throws Exception {
        byte[] response = SimulatedOcsp.respond(new byte[] {1, 2, 3}, Clock.systemUTC());
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(response));
    }

    private static CertificateStatus status(X509Certificate issuer, BigInteger serial) throws Exception {
        return OcspProbe.single(SimulatedOcsp.respond(OcspProbe.request(null, OcspProbe.id(issuer, serial)),
                Clock.systemUTC())).getCertStatus();
    }

    private static X509Certificate cert(String persona, CardFile file) throws Exception {
        return HolderCertificatesTest.cert(SimulatedCards.contents(Personas.builtIn(persona)), file);
    }
}
