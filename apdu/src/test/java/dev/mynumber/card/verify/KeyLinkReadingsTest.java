package dev.mynumber.card.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.sim.pki.TestPki;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who signs text {@code 0007} {@code DF52} is UNCONFIRMED (spec §10): a genuine card under either reading (the key
 * certified in {@code 0004}, or the text AP issuer key) is never NOT_GENUINE, with or without issuer keys; a
 * {@code DF52} no reading explains is NOT_CHECKED; the challenge is always sent and judged on its own.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KeyLinkReadingsTest {
    static final TestPki PKI = TestPki.get();
    static final IssuerKeys KEYS = IssuerKeys.bound(TestPki.get().textApIssuerKey(),
            CertificateAndLivenessTest.TEXT_REF,
            TestPki.get().visualApIssuerKey(), CertificateAndLivenessTest.VISUAL_REF);
    static SimulatedEvidence adult;
    static ApKey signedByIssuer;
    static ApKey signedByNobody;

    @BeforeAll
    static void readCard() throws Exception {
        adult = SimulatedEvidence.read("adult");
        signedByIssuer = resigned(adult.textKey, PKI.textApIssuer().getPrivate());
        signedByNobody = resigned(adult.textKey,
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
    }

    @Test
    void df52ByTheCertifiedKeyPassesWithAndWithoutIssuerKeys() {
        assertKeyLink(adult.textKey, KEYS, CheckReason.KEY_LINK_CERTIFIED_KEY, VerdictStatus.GENUINE);
        assertKeyLink(adult.textKey, IssuerKeys.none(), CheckReason.KEY_LINK_CERTIFIED_KEY, VerdictStatus.INCOMPLETE);
    }

    @Test
    void df52ByTheIssuerKeyPassesWithTheIssuerKeyAndIsNotCheckedWithout() {
        assertKeyLink(signedByIssuer, KEYS, CheckReason.KEY_LINK_ISSUER_KEY, VerdictStatus.GENUINE);
        assertKeyLink(signedByIssuer, IssuerKeys.none(), CheckReason.KEY_LINK_ISSUER_NOT_CONFIGURED,
                VerdictStatus.INCOMPLETE);
    }

    @Test
    void df52NoReadingExplainsIsNotCheckedNeverFailed() {
        assertKeyLink(signedByNobody, KEYS, CheckReason.KEY_LINK_RULE_UNCONFIRMED, VerdictStatus.INCOMPLETE);
        assertKeyLink(signedByNobody, IssuerKeys.none(), CheckReason.KEY_LINK_ISSUER_NOT_CONFIGURED,
                VerdictStatus.INCOMPLETE);
    }

    @Test
    void theChallengeIsSentWhateverDf52Says() {
        for (ApKey key : new ApKey[] {adult.textKey, signedByIssuer, signedByNobody}) {
            AtomicInteger sent = new AtomicInteger();
            Verdict verdict = new CardDataVerifier(KEYS).verify(adult.builder().textApKey(key).textSigner(d -> {
                sent.incrementAndGet();
                return adult.card.textAp().signChallenge(d);
            }).build());
            assertEquals(1, sent.get());
            assertEquals(CheckReason.CHALLENGE_SIGNED, verdict.check(LivenessChecks.TEXT).orElseThrow().reasonCode());
        }
    }

    @Test
    void aChallengeAnsweredWithAnotherKeyFailsUnderEveryReading() {
        for (ApKey key : new ApKey[] {adult.textKey, signedByIssuer}) {
            for (IssuerKeys keys : new IssuerKeys[] {KEYS, IssuerKeys.none()}) {
                Verdict verdict = new CardDataVerifier(keys).verify(adult.builder().textApKey(key)
                        .textSigner(d -> adult.card.visualAp().signChallenge(d)).build());
                assertEquals(CheckReason.CHALLENGE_SIGNATURE_INVALID,
                        verdict.check(LivenessChecks.TEXT).orElseThrow().reasonCode());
                assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
                assertEquals(VerdictReason.CHECK_FAILED, verdict.reasonCode());
            }
        }
    }

    @Test
    void withoutTheKeyFileNeitherJudgmentIsMade() {
        Verdict verdict = new CardDataVerifier(KEYS).verify(adult.builder().textApKey(null).build());
        assertEquals(CheckReason.AP_KEY_NOT_READ, verdict.check(LivenessChecks.TEXT).orElseThrow().reasonCode());
        assertEquals(CheckReason.AP_KEY_NOT_READ, verdict.check(KeyLinkCheck.NAME).orElseThrow().reasonCode());
        assertEquals(VerdictReason.CHECKS_INCOMPLETE, verdict.reasonCode());
    }

    private static void assertKeyLink(ApKey key, IssuerKeys keys, CheckReason expected, VerdictStatus status) {
        Verdict verdict = new CardDataVerifier(keys).verify(adult.builder().textApKey(key).build());
        assertEquals(expected, verdict.check(KeyLinkCheck.NAME).orElseThrow().reasonCode());
        assertEquals(CheckStatus.PASSED, verdict.check(LivenessChecks.TEXT).orElseThrow().status());
        assertNotEquals(VerdictStatus.NOT_GENUINE, verdict.status());
        assertEquals(status, verdict.status());
    }

    /** The same DF51 with DF52 made by another signer: SHA-256/RSA over the DF51 TLV. */
    static ApKey resigned(ApKey key, PrivateKey signer) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(signer);
        s.update(key.keyTlv());
        byte[] df52 = Tlv.of(0xDF52, s.sign()).encoded();
        byte[] df51 = key.keyTlv();
        byte[] value = java.util.Arrays.copyOf(df51, df51.length + df52.length);
        System.arraycopy(df52, 0, value, df51.length, df52.length);
        return ApKey.parse(Tlv.of(0xFF50, value).encoded());
    }
}
