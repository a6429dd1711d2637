package dev.mynumber.card.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.card.visualap.CardFace;
import dev.mynumber.sim.pki.TestPki;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Behaviour tests against the simulated {@code adult} card: genuine data passes, each tampering fails. */
class CardDataVerifierTest {
    static SimulatedEvidence adult;
    static final IssuerKeys KEYS = IssuerKeys.bound(TestPki.get().textApIssuerKey(),
            CertificateAndLivenessTest.TEXT_REF,
            TestPki.get().visualApIssuerKey(), CertificateAndLivenessTest.VISUAL_REF);
    final CardDataVerifier verifier = new CardDataVerifier(KEYS);

    @BeforeAll
    static void readCard() throws Exception {
        adult = SimulatedEvidence.read("adult");
    }

    @Test
    void genuineCardPassesEveryCheck() {
        Verdict verdict = verifier.verify(adult.builder().build());
        assertEquals(CheckNames.ALL, verdict.checks().stream().map(Check::name).toList());
        verdict.checks().forEach(c -> assertEquals(CheckStatus.PASSED, c.status(), c.toString()));
        assertEquals(VerdictStatus.GENUINE, verdict.status());
    }

    @Test
    void withoutIssuerKeysCertificatesAreNotVerifiedAndTheVerdictIsIncomplete() {
        Verdict verdict = new CardDataVerifier(IssuerKeys.none()).verify(adult.builder().build());
        for (String name : new String[] {TextApChecks.CERTIFICATE, VisualApChecks.CERTIFICATE}) {
            Check check = verdict.check(name).orElseThrow();
            assertEquals(CheckStatus.NOT_CHECKED, check.status());
            assertTrue(check.reason().contains("issuer not verified"), check.reason());
            assertEquals(CheckReason.ISSUER_NOT_CONFIGURED, check.reasonCode());
        }
        assertEquals(CheckStatus.PASSED, verdict.check(TextApChecks.INTEGRITY_SIGNATURE).orElseThrow().status());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, verdict.reasonCode());
    }

    @Test
    void nothingReadIsIncompleteNeverGenuine() {
        Verdict verdict = verifier.verify(CardEvidence.builder().build());
        assertTrue(verdict.checks().isEmpty());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    @Test
    void attributesWithoutTheirIntegrityRecordAreIncomplete() {
        Verdict verdict = verifier.verify(CardEvidence.builder().attributes(adult.attributes).build());
        assertEquals(CheckStatus.NOT_CHECKED,
                verdict.check(TextApChecks.ATTRIBUTES_DIGEST).orElseThrow().status());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    @Test
    void codeBReadingWithoutTheNumberCanBeGenuine() {
        // 照合番号B opens the attributes but not EF 0001 (spec §2.2): the number's digest is not required
        Verdict verdict = verifier.verify(adult.builder().myNumber(null).build());
        assertTrue(verdict.check(TextApChecks.MY_NUMBER_DIGEST).isEmpty());
        assertEquals(8, verdict.checks().size());
        assertEquals(VerdictStatus.GENUINE, verdict.status());
    }

    @Test
    void visualOnlyReadingCoversOnlyTheVisualAp() {
        Verdict verdict = verifier.verify(CardEvidence.builder().cardFace(adult.face)
                .visualCertificate(adult.visualCertificate).build());
        assertEquals(3, verdict.checks().size());
        assertEquals(CheckStatus.NOT_CHECKED, verdict.check(LivenessChecks.VISUAL).orElseThrow().status());
        assertEquals(VerdictStatus.INCOMPLETE, verdict.status());
    }

    @Test
    void myNumberFillerByteChangedFailsTheDigest() throws Exception {
        byte[] file = adult.myNumber.rawFile();
        var tampered = dev.mynumber.card.textap.MyNumber.parse(Tamper.flip(file, file.length - 1, 0x01));
        assertOnlyFails(adult.builder().myNumber(tampered), TextApChecks.MY_NUMBER_DIGEST);
    }

    @Test
    void myNumberDigitChangedWithAValidCheckDigitFailsTheDigest() throws Exception {
        byte[] file = adult.myNumber.rawFile();
        byte[] changed = Tamper.flip(file, 3, 0x01);
        byte[] digits = Arrays.copyOfRange(changed, 3, 15);
        changed[14] = (byte) ('0' + dev.mynumber.card.MyNumberCheckDigit.compute(digits));
        var tampered = dev.mynumber.card.textap.MyNumber.parse(changed);
        assertNotEquals(adult.myNumber.digits(), tampered.digits());
        assertOnlyFails(adult.builder().myNumber(tampered), TextApChecks.MY_NUMBER_DIGEST);
    }

    @ParameterizedTest(name = "attribute tag {0}")
    @ValueSource(ints = {0xDF22, 0xDF23, 0xDF24, 0xDF25})
    void attributeByteChangedFailsTheDigest(int tag) throws Exception {
        byte[] file = adult.attributes.rawFile();
        int offset = Tamper.indexOf(file, adult.attributes.signedPart());
        for (int t = 0xDF22; t < tag; t++) {
            offset += dev.mynumber.card.session.Tlvs.parseAt(file, offset, t, "test").encoded().length;
        }
        var tampered = Tamper.valueByte(file, offset, tag, dev.mynumber.card.textap.BasicAttributes::parse);
        assertOnlyFails(adult.builder().attributes(tampered), TextApChecks.ATTRIBUTES_DIGEST);
    }

    @Test
    void integritySignatureByteChangedFails() throws Exception {
        byte[] file = adult.integrity.encoded();
        var tampered = dev.mynumber.card.textap.IntegrityRecord.parse(Tamper.flip(file, file.length - 1, 0x01));
        assertOnlyFails(adult.builder().integrityRecord(tampered), TextApChecks.INTEGRITY_SIGNATURE);
    }

    @ParameterizedTest(name = "face tag {0}")
    @ValueSource(ints = {0xDF22, 0xDF23, 0xDF25, 0xDF26, 0xDF27, 0xDF28})
    void faceByteChangedFailsTheFaceSignature(int tag) throws Exception {
        byte[] file = adult.face.rawFile();
        int offset = Tamper.indexOf(file, adult.face.rawTlv(tag));
        CardFace tampered = Tamper.valueByte(file, offset, tag, CardFace::parse);
        assertOnlyFails(adult.builder().cardFace(tampered), VisualApChecks.FACE_SIGNATURE);
    }

    @Test
    void cardKeyByteChangedFailsTheFaceSignatureAndLiveness() throws Exception {
        byte[] file = adult.face.rawFile();
        int offset = Tamper.indexOf(file, adult.face.rawTlv(0xDF24));
        // the last modulus byte: the key still parses but is another key
        byte[] changed = Tamper.flip(file, offset + adult.face.rawTlv(0xDF24).length - 1, 0x02);
        Verdict verdict = verifier.verify(adult.builder().cardFace(CardFace.parse(changed)).build());
        assertEquals(CheckStatus.FAILED, verdict.check(VisualApChecks.FACE_SIGNATURE).orElseThrow().status());
        assertEquals(CheckStatus.FAILED, verdict.check(LivenessChecks.VISUAL).orElseThrow().status());
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }

    @Test
    void photoOfAnotherPersonaFailsTheFaceSignature() throws Exception {
        CardFace child = SimulatedEvidence.read("child").face;
        assertFalse(Arrays.equals(adult.face.photo(), child.photo()), "personas must differ in photo");
        CardFace swapped = CardFace.parse(FaceFiles.withField(adult.face, 0xDF27, child.photo()));
        assertOnlyFails(adult.builder().cardFace(swapped), VisualApChecks.FACE_SIGNATURE);
    }

    @Test
    void rebuiltFaceWithItsOwnPhotoStillPasses() throws Exception {
        // guards the photo-swap test: the rebuild itself must not break the signature
        CardFace same = CardFace.parse(FaceFiles.withField(adult.face, 0xDF27, adult.face.photo()));
        assertEquals(VerdictStatus.GENUINE, verifier.verify(adult.builder().cardFace(same).build()).status());
    }

    @ParameterizedTest(name = "persona {0}")
    @ValueSource(strings = {"adult", "child", "substitute-chars", "expired", "foreign-resident", "revoked"})
    void everyGenuinePersonaIsGenuineWithKeysAndIncompleteWithout(String persona) throws Exception {
        SimulatedEvidence card = SimulatedEvidence.read(persona);
        assertEquals(VerdictStatus.GENUINE, verifier.verify(card.builder().build()).status());
        Verdict unconfigured = new CardDataVerifier(IssuerKeys.none()).verify(card.builder().build());
        assertEquals(VerdictStatus.INCOMPLETE, unconfigured.status());
        assertEquals(VerdictReason.ISSUER_NOT_VERIFIED, unconfigured.reasonCode());
    }

    @Test
    void tamperedDataIsRejectedWithoutIssuerKeysToo() throws Exception {
        // the digests, DF33, DF28 and the challenges rest on confirmed facts: no issuer key is needed to fail them
        CardDataVerifier unconfigured = new CardDataVerifier(IssuerKeys.none());
        byte[] number = adult.myNumber.rawFile();
        byte[] record = adult.integrity.encoded();
        CardEvidence.Builder[] tampered = {
            adult.builder().myNumber(dev.mynumber.card.textap.MyNumber.parse(Tamper.flip(number, 16, 0x01))),
            adult.builder().integrityRecord(
                    dev.mynumber.card.textap.IntegrityRecord.parse(Tamper.flip(record, record.length - 1, 0x01))),
            adult.builder().cardFace(CardFace.parse(FaceFiles.withField(adult.face, 0xDF27,
                    Tamper.flip(adult.face.photo(), adult.face.photo().length - 1, 0x01)))),
            adult.builder().visualSigner(d -> adult.card.textAp().signChallenge(d)),
        };
        for (CardEvidence.Builder evidence : tampered) {
            Verdict verdict = unconfigured.verify(evidence.build());
            assertEquals(VerdictStatus.NOT_GENUINE, verdict.status(), verdict.checks().toString());
            assertEquals(VerdictReason.CHECK_FAILED, verdict.reasonCode());
        }
        assertNotEquals(VerdictStatus.NOT_GENUINE, unconfigured.verify(adult.builder().build()).status());
    }

    private void assertOnlyFails(CardEvidence.Builder evidence, String expectedFailure) {
        Verdict verdict = verifier.verify(evidence.build());
        for (Check check : verdict.checks()) {
            CheckStatus expected = check.name().equals(expectedFailure) ? CheckStatus.FAILED : CheckStatus.PASSED;
            assertEquals(expected, check.status(), check.toString());
        }
        assertEquals(VerdictStatus.NOT_GENUINE, verdict.status());
    }
}
