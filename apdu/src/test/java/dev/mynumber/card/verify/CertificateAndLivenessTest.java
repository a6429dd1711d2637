package dev.mynumber.card.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.apdu.transport.CardRemovedException;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.sim.pki.TestPki;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CV certificates from the wrong issuer, and liveness against replay and a missing or forged key. */
class CertificateAndLivenessTest {
    static SimulatedEvidence adult;
    static final TestPki PKI = TestPki.get();
    /** The simulator's issuer references (card-sim CvCertificate: test issuer IDs, key number 000). */
    static final String TEXT_REF = "6000033:000";
    static final String VISUAL_REF = "6000023:000";
    final CardDataVerifier verifier = new CardDataVerifier(
            IssuerKeys.bound(PKI.textApIssuerKey(), TEXT_REF, PKI.visualApIssuerKey(), VISUAL_REF));

    @BeforeAll
    static void readCard() throws Exception {
        adult = SimulatedEvidence.read("adult");
    }

    @Test
    void certificateFromAnotherIssuerFailsOnlyTheCertificateCheck() throws Exception {
        KeyPair foreign = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        CvCertificate forged = resign(adult.textCertificate, foreign);
        Verdict verdict = verifier.verify(adult.builder().textCertificate(forged).build());
        assertEquals(CheckStatus.FAILED, verdict.check(TextApChecks.CERTIFICATE).orElseThrow().status());
        // same subject key: the data under it still verifies, yet the verdict is not a pass
        assertEquals(CheckStatus.PASSED, verdict.check(TextApChecks.INTEGRITY_SIGNATURE).orElseThrow().status());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void issuerKeysBoundToTheIssuersTheCertificatesNameButWrongFailBothCertificates() {
        Verdict verdict = new CardDataVerifier(IssuerKeys.bound(PKI.visualApIssuerKey(), TEXT_REF,
                PKI.textApIssuerKey(), VISUAL_REF)).verify(adult.builder().build());
        assertEquals(CheckStatus.FAILED, verdict.check(TextApChecks.CERTIFICATE).orElseThrow().status());
        assertEquals(CheckStatus.FAILED, verdict.check(VisualApChecks.CERTIFICATE).orElseThrow().status());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void unboundKeysThatDoNotVerifyProveNothing() {
        // e.g. a key of another certificate generation: the card may be genuine, so never FAILED
        Verdict verdict = new CardDataVerifier(IssuerKeys.of(PKI.visualApIssuerKey(), PKI.textApIssuerKey()))
                .verify(adult.builder().build());
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING,
                verdict.check(TextApChecks.CERTIFICATE).orElseThrow().reasonCode());
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING,
                verdict.check(VisualApChecks.CERTIFICATE).orElseThrow().reasonCode());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    @Test
    void aKeyBoundToAnotherIssuerReferenceProvesNothingButTheRightOneAmongSeveralPasses() {
        IssuerKey otherGeneration = IssuerKey.bound(PKI.visualApIssuerKey(), "6000033:001");
        Verdict other = new CardDataVerifier(new IssuerKeys(List.of(otherGeneration), List.of()))
                .verify(adult.builder().build());
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING,
                other.check(TextApChecks.CERTIFICATE).orElseThrow().reasonCode());
        Verdict both = new CardDataVerifier(new IssuerKeys(List.of(otherGeneration,
                IssuerKey.bound(PKI.textApIssuerKey(), TEXT_REF)), List.of())).verify(adult.builder().build());
        assertEquals(CheckReason.ISSUER_SIGNATURE_VALID,
                both.check(TextApChecks.CERTIFICATE).orElseThrow().reasonCode());
    }

    @Test
    void theCertificateNamesItsIssuerReference() {
        assertEquals(java.util.Optional.of(TEXT_REF), adult.textCertificate.issuerReference());
        assertEquals(java.util.Optional.of(VISUAL_REF), adult.visualCertificate.issuerReference());
    }

    @Test
    void visualCertificateInPlaceOfTheTextOneFailsIntegrity() {
        Verdict verdict = verifier.verify(adult.builder().textCertificate(adult.visualCertificate).build());
        // it names the visual issuer, for which no text AP key is configured: that alone proves nothing...
        assertEquals(CheckReason.ISSUER_KEY_NOT_MATCHING,
                verdict.check(TextApChecks.CERTIFICATE).orElseThrow().reasonCode());
        // ...but the data it certifies does not verify with its key: a confirmed failure
        assertEquals(CheckStatus.FAILED, verdict.check(TextApChecks.INTEGRITY_SIGNATURE).orElseThrow().status());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void replayedChallengeSignatureFailsLiveness() throws Exception {
        byte[] recorded = adult.card.visualAp().signChallenge(new byte[32]);
        Verdict verdict = verifier.verify(adult.builder().visualSigner(d -> recorded).build());
        assertEquals(CheckStatus.FAILED, verdict.check(LivenessChecks.VISUAL).orElseThrow().status());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void textApSignatureDoesNotPassForTheVisualAp() {
        Verdict verdict = verifier.verify(adult.builder()
                .visualSigner(d -> adult.card.textAp().signChallenge(d)).build());
        assertEquals(CheckStatus.FAILED, verdict.check(LivenessChecks.VISUAL).orElseThrow().status());
    }

    @Test
    void challengesAreFresh() {
        byte[][] seen = new byte[2][];
        int[] calls = {0};
        verifier.verify(adult.builder().textSigner(d -> {
            seen[calls[0]++] = d;
            return adult.card.textAp().signChallenge(d);
        }).build());
        verifier.verify(adult.builder().textSigner(d -> {
            seen[calls[0]++] = d;
            return adult.card.textAp().signChallenge(d);
        }).build());
        assertTrue(!java.util.Arrays.equals(seen[0], seen[1]));
    }

    @Test
    void textLivenessWithoutTheKeyFileIsNotChecked() {
        Verdict verdict = verifier.verify(adult.builder().textApKey(null).build());
        Check check = verdict.check(LivenessChecks.TEXT).orElseThrow();
        assertEquals(CheckStatus.NOT_CHECKED, check.status());
        assertTrue(check.reason().contains("0007"), check.reason());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    @Test
    void forgedTextKeyFileFailsLiveness() throws Exception {
        KeyPair foreign = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        byte[] keyValue = Tlv.of(0x90, new byte[] {1, 0, 1}).encoded();
        byte[] modulus = ((java.security.interfaces.RSAPublicKey) foreign.getPublic()).getModulus().toByteArray();
        byte[] key = concat(keyValue, Tlv.of(0x91, java.util.Arrays.copyOfRange(modulus, 1, 257)).encoded());
        byte[] keyTlv = Tlv.of(0xDF51, key).encoded();
        byte[] file = Tlv.of(0xFF50, concat(keyTlv, Tlv.of(0xDF52, sign(foreign, keyTlv)).encoded())).encoded();
        Verdict verdict = verifier.verify(adult.builder().textApKey(ApKey.parse(file)).build());
        // the chip answers with its real key, not the forged DF51; the forged link itself proves nothing either way
        assertEquals(CheckStatus.FAILED, verdict.check(LivenessChecks.TEXT).orElseThrow().status());
        assertEquals(CheckReason.KEY_LINK_RULE_UNCONFIRMED,
                verdict.check(KeyLinkCheck.NAME).orElseThrow().reasonCode());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void cardErrorDuringLivenessIsNotCheckedWithTheCode() {
        Verdict verdict = verifier.verify(adult.builder().visualSigner(d -> {
            throw new CardRemovedException("card removed");
        }).build());
        Check check = verdict.check(LivenessChecks.VISUAL).orElseThrow();
        assertEquals(CheckStatus.NOT_CHECKED, check.status());
        assertTrue(check.reason().contains("CARD_REMOVED"), check.reason());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    private static CvCertificate resign(CvCertificate cert, KeyPair issuer) throws Exception {
        byte[] body = Tlv.of(0x5F4E, cert.body()).encoded();
        byte[] sig = Tlv.of(0x5F37, sign(issuer, cert.body())).encoded();
        return CvCertificate.parse(Tlv.of(0x7F21, concat(body, sig)).encoded(), "test");
    }

    private static byte[] sign(KeyPair key, byte[] data) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(key.getPrivate());
        s.update(data);
        return s.sign();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
