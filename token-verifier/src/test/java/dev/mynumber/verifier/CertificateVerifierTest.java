package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestCrls;
import dev.mynumber.sim.pki.TestPki;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** Chain, validity, key usage and CRL checks on the simulator's persona certificates. */
class CertificateVerifierTest {
    static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final TestPki PKI = TestPki.get();
    static final TrustAnchors TEST_ROOTS = TrustAnchors.of(PKI.authRoot(), PKI.signRoot());
    final CrlStore crls = CrlStore.of(SimulatedCrls.authCrl(CLOCK), SimulatedCrls.signCrl(CLOCK));

    private CertificateVerdict verify(String persona, CardFile file, CertificateUsage usage, TrustAnchors anchors,
            CrlStore store) throws Exception {
        return new CertificateVerifier(anchors, store, CLOCK)
                .verify(SimCertificates.of(persona, file, CLOCK), List.of(), usage);
    }

    @Test
    void adultCertificatesAreValidWithCurrentCrls() throws Exception {
        CertificateVerdict auth = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION,
                TEST_ROOTS, crls);
        assertEquals(CertificateStatus.VALID, auth.status(), auth.toString());
        assertEquals(RevocationStatus.GOOD, auth.revocation().status());
        CertificateVerdict sign = verify("adult", CardFile.JPKI_SIGN_CERT, CertificateUsage.SIGNING, TEST_ROOTS, crls);
        assertEquals(CertificateStatus.VALID, sign.status(), sign.toString());
    }

    @Test
    void withoutCrlsRevocationIsNotCheckedAndTheVerdictIncomplete() throws Exception {
        CertificateVerdict v = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION, TEST_ROOTS,
                CrlStore.none());
        assertEquals(RevocationStatus.NOT_CHECKED, v.revocation().status());
        assertTrue(v.revocation().reason().contains("no CRL"), v.revocation().reason());
        assertEquals(CertificateStatus.INCOMPLETE, v.status());
    }

    @Test
    void simulatorCertificatesDoNotChainToTheRealJpkiRoots() throws Exception {
        CertificateVerdict v = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION,
                TrustAnchors.jpkiRoots(), crls);
        assertEquals(CheckStatus.FAILED, v.check(ChainCheck.NAME).orElseThrow().status());
        assertEquals(RevocationStatus.NOT_CHECKED, v.revocation().status());
        assertEquals(CertificateStatus.INVALID, v.status());
    }

    @Test
    void expiredPersonaFailsValidityButStillChains() throws Exception {
        CertificateVerdict v = verify("expired", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION,
                TEST_ROOTS, crls);
        assertEquals(CheckStatus.FAILED, v.check(CertificateVerifier.VALIDITY).orElseThrow().status());
        assertEquals(CheckStatus.PASSED, v.check(ChainCheck.NAME).orElseThrow().status());
        assertEquals(CertificateStatus.INVALID, v.status());
    }

    @Test
    void revokedPersonaIsRevokedByTheSimulatorCrl() throws Exception {
        CertificateVerdict v = verify("revoked", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION,
                TEST_ROOTS, crls);
        assertEquals(RevocationStatus.REVOKED, v.revocation().status());
        assertEquals(CertificateStatus.INVALID, v.status());
    }

    @Test
    void crlBuiltForTheAdultSerialRevokesIt() throws Exception {
        X509Certificate adult = SimCertificates.of("adult", CardFile.JPKI_AUTH_CERT, CLOCK);
        X509CRL crl = new TestCrls(PKI).authCrl(List.of(adult.getSerialNumber()), NOW.minus(Duration.ofHours(1)));
        CertificateVerdict v = new CertificateVerifier(TEST_ROOTS, CrlStore.of(crl), CLOCK)
                .verify(adult, List.of(), CertificateUsage.AUTHENTICATION);
        assertEquals(RevocationStatus.REVOKED, v.revocation().status());
        assertEquals(CheckStatus.FAILED, v.check(Revocation.CHECK_NAME).orElseThrow().status());
    }

    @Test
    void outOfDateCrlLeavesRevocationNotChecked() throws Exception {
        X509CRL stale = new TestCrls(PKI).authCrl(List.of(), NOW.minus(Duration.ofDays(3)));
        CertificateVerdict v = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION, TEST_ROOTS,
                CrlStore.of(stale));
        assertEquals(RevocationStatus.NOT_CHECKED, v.revocation().status());
        assertTrue(v.revocation().reason().contains("not current"), v.revocation().reason());
    }

    @Test
    void crlForgedUnderTheIssuerNameIsIgnored() throws Exception {
        X509Certificate adult = SimCertificates.of("adult", CardFile.JPKI_AUTH_CERT, CLOCK);
        KeyPair forger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X509v2CRLBuilder b = new X509v2CRLBuilder(
                org.bouncycastle.asn1.x500.X500Name.getInstance(adult.getIssuerX500Principal().getEncoded()),
                Date.from(NOW.minus(Duration.ofHours(1))));
        b.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(1))));
        b.addCRLEntry(adult.getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(1))), 1);
        X509CRL forged = new JcaX509CRLConverter()
                .getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(forger.getPrivate())));
        CertificateVerdict v = new CertificateVerifier(TEST_ROOTS, CrlStore.of(forged), CLOCK)
                .verify(adult, List.of(), CertificateUsage.AUTHENTICATION);
        assertEquals(RevocationStatus.NOT_CHECKED, v.revocation().status());
    }

    @Test
    void certificateFromAnotherCaWithTheSameNameFailsTheChain() throws Exception {
        X509Certificate adult = SimCertificates.of("adult", CardFile.JPKI_AUTH_CERT, CLOCK);
        KeyPair otherCa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(adult.getIssuerX500Principal(),
                BigInteger.TEN, adult.getNotBefore(), adult.getNotAfter(), adult.getSubjectX500Principal(),
                adult.getPublicKey());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509Certificate foreign = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(otherCa.getPrivate())));
        CertificateVerdict v = new CertificateVerifier(TEST_ROOTS, crls, CLOCK)
                .verify(foreign, List.of(), CertificateUsage.AUTHENTICATION);
        assertEquals(CheckStatus.FAILED, v.check(ChainCheck.NAME).orElseThrow().status());
        assertEquals(CertificateStatus.INVALID, v.status());
    }

    @Test
    void authenticationCertificateIsNotForSigning() throws Exception {
        CertificateVerdict v = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.SIGNING, TEST_ROOTS, crls);
        assertEquals(CheckStatus.FAILED, v.check(CertificateVerifier.KEY_USAGE).orElseThrow().status());
    }

    @Test
    void noTrustAnchorIsNotChecked() throws Exception {
        CertificateVerdict v = verify("adult", CardFile.JPKI_AUTH_CERT, CertificateUsage.AUTHENTICATION,
                TrustAnchors.of(), crls);
        assertEquals(CheckStatus.NOT_CHECKED, v.check(ChainCheck.NAME).orElseThrow().status());
        assertEquals(CertificateStatus.INCOMPLETE, v.status());
    }
}
