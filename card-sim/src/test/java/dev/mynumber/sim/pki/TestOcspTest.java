package dev.mynumber.sim.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Set;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;

/** TestOcsp answers from the serial sets it is given, signed by the issuing CA, at exact times. */
class TestOcspTest {
    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");
    private static final BigInteger GOOD = BigInteger.valueOf(0x1001);
    private static final BigInteger REVOKED = BigInteger.valueOf(0x1002);
    private static final TestPki PKI = TestPki.get();
    private final TestOcsp ocsp = new TestOcsp(PKI,
            new TestOcsp.Serials(Set.of(GOOD, REVOKED), Set.of(REVOKED)),
            new TestOcsp.Serials(Set.of(GOOD), Set.of()));

    @Test
    void goodAnswerIsSignedByTheAuthCaEchoesTheNonceAndHasExactTimes() throws Exception {
        byte[] nonce = {1, 2, 3, 4, 5, 6, 7, 8};
        CertificateID id = OcspProbe.id(PKI.authRoot(), GOOD);
        byte[] response = ocsp.respond(OcspProbe.request(nonce, id), NOW);
        BasicOCSPResp basic = OcspProbe.basic(response);
        assertTrue(
                basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(PKI.authRoot().getPublicKey())));
        assertEquals(new RespID(PKI.authCaName()), basic.getResponderId());
        assertEquals(new JcaX509CertificateHolder(PKI.authRoot()), basic.getCerts()[0]);
        assertArrayEquals(nonce, OcspProbe.nonce(basic));
        assertEquals(Instant.parse("2026-03-04T05:06:07Z"), basic.getProducedAt().toInstant());
        SingleResp single = OcspProbe.single(response);
        assertEquals(id, single.getCertID());
        assertEquals(CertificateStatus.GOOD, single.getCertStatus());
        assertEquals(Instant.parse("2026-03-04T05:05:00Z"), single.getThisUpdate().toInstant());
        assertEquals(Instant.parse("2026-03-04T06:06:07Z"), single.getNextUpdate().toInstant());
    }

    @Test
    void revokedAnswerMatchesTheCrlEntry() throws Exception {
        SingleResp single = OcspProbe.single(ocsp.respond(
                OcspProbe.request(null, OcspProbe.id(PKI.authRoot(), REVOKED)), NOW));
        RevokedStatus revoked = assertInstanceOf(RevokedStatus.class, single.getCertStatus());
        assertEquals(CRLReason.keyCompromise, revoked.getRevocationReason());
        var crl = new TestCrls(PKI).authCrl(Set.of(REVOKED), Instant.parse("2026-03-04T00:00:00Z"));
        assertEquals(crl.getRevokedCertificate(REVOKED).getRevocationDate(), revoked.getRevocationTime());
        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), revoked.getRevocationTime().toInstant());
    }

    @Test
    void eachCaKnowsOnlyItsOwnSerials() throws Exception {
        byte[] sign = ocsp.respond(OcspProbe.request(null, OcspProbe.id(PKI.signRoot(), REVOKED)), NOW);
        assertInstanceOf(UnknownStatus.class, OcspProbe.single(sign).getCertStatus());
        assertTrue(OcspProbe.basic(sign).isSignatureValid(
                new JcaContentVerifierProviderBuilder().build(PKI.signRoot().getPublicKey())));
        assertNull(OcspProbe.nonce(OcspProbe.basic(sign)));
        byte[] unknown = ocsp.respond(OcspProbe.request(null, OcspProbe.id(PKI.authRoot(), BigInteger.TEN)), NOW);
        assertInstanceOf(UnknownStatus.class, OcspProbe.single(unknown).getCertStatus());
    }

    @Test
    void severalCertIdsOfOneCaGetOneAnswerEach() throws Exception {
        CertificateID good = OcspProbe.id(PKI.authRoot(), GOOD);
        CertificateID revoked = OcspProbe.id(PKI.authRoot(), REVOKED);
        SingleResp[] all = OcspProbe.basic(ocsp.respond(OcspProbe.request(null, good, revoked), NOW)).getResponses();
        assertEquals(2, all.length);
        assertEquals(CertificateStatus.GOOD, all[0].getCertStatus());
        assertInstanceOf(RevokedStatus.class, all[1].getCertStatus());
    }

    @Test
    void foreignOrMixedIssuersAreUnauthorized() throws Exception {
        CertificateID foreign = OcspProbe.id(PKI.authRoot(), GOOD);
        foreign = new CertificateID(new org.bouncycastle.asn1.ocsp.CertID(foreign.toASN1Primitive().getHashAlgorithm(),
                new org.bouncycastle.asn1.DEROctetString(new byte[20]), foreign.toASN1Primitive().getIssuerKeyHash(),
                foreign.toASN1Primitive().getSerialNumber()));
        assertEquals(OCSPResp.UNAUTHORIZED, OcspProbe.status(ocsp.respond(OcspProbe.request(null, foreign), NOW)));
        byte[] mixed = OcspProbe.request(null, OcspProbe.id(PKI.authRoot(), GOOD), OcspProbe.id(PKI.signRoot(), GOOD));
        assertEquals(OCSPResp.UNAUTHORIZED, OcspProbe.status(ocsp.respond(mixed, NOW)));
    }

    @Test
    void undecodableRequestsAreMalformed() throws Exception {
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(ocsp.respond(new byte[0], NOW)));
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(ocsp.respond("garbage".getBytes(), NOW)));
        assertEquals(OCSPResp.MALFORMED_REQUEST,
                OcspProbe.status(ocsp.respond(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}, NOW)));
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(ocsp.respond(OcspProbe.request(null), NOW)));
    }
}
