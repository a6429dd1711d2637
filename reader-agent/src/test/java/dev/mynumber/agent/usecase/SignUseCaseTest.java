package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.signing.Digests;
import dev.mynumber.agent.signing.Sign;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.signing.SignResult;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.sim.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing with the simulated card: RAW verifies with java.security, CMS with Bouncy Castle and openssl. */
class SignUseCaseTest {
    private static final byte[] DATA = "電子申請 fictional form, v3".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
    private final Sessions service = Sessions.unconfigured(Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    private SignResult sign(SignRequest request) throws Exception {
        return new Sign(SimCards.password(SimCards.PASSWORD), request, LastTry.REFUSE)
                .run(service.on(SimCards.open("adult").card, Progress.NONE));
    }

    private static boolean verifies(String algorithm, SignResult result, byte[] data) throws Exception {
        X509Certificate cert = CertificateUseCaseTest.fromPem(result.certificatePem());
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(cert.getPublicKey());
        verifier.update(data);
        return verifier.verify(Base64.getDecoder().decode(result.signature()));
    }

    @Test
    void rawSignatureOverDataVerifies() throws Exception {
        SignResult result = sign(SignRequest.ofData(DATA, DigestAlgorithm.SHA256, SignFormat.RAW));
        assertNull(result.cms());
        assertEquals("SHA256withRSA", result.signatureAlgorithm());
        assertTrue(verifies("SHA256withRSA", result, DATA));
    }

    @Test
    void rawSignatureOverACallersSha512DigestVerifiesOverTheData() throws Exception {
        byte[] digest = Digests.hash(DigestAlgorithm.SHA512, DATA);
        SignResult result = sign(SignRequest.ofDigest(digest, DigestAlgorithm.SHA512, SignFormat.RAW));
        assertTrue(verifies("SHA512withRSA", result, DATA));
    }

    @Test
    void cmsVerifiesWithBouncyCastleAndHasTheClocksSigningTime() throws Exception {
        SignResult result = sign(SignRequest.ofData(DATA, null, SignFormat.CMS));
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(DATA),
                Base64.getDecoder().decode(result.cms()));
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        X509Certificate cert = CertificateUseCaseTest.fromPem(result.certificatePem());
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert)));
        assertEquals(NOW, Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime)
                .getAttrValues().getObjectAt(0)).getDate().toInstant());
    }

    @Test
    @Tag("pcsc")
    void cmsIsAcceptedByTheRealOpenssl() throws Exception {
        SignResult result = sign(SignRequest.ofData(DATA, null, SignFormat.CMS));
        Openssl.Result ok = Openssl.cmsVerify(dir, Base64.getDecoder().decode(result.cms()), DATA,
                result.certificatePem(), null);
        assertEquals(0, ok.exitCode(), ok.output());
        assertTrue(ok.output().contains("Verification successful"), ok.output());
    }

    @Test
    @Tag("pcsc")
    void cmsChainsToTheTestSigningRootInOpenssl() throws Exception {
        SignResult result = sign(SignRequest.ofData(DATA, null, SignFormat.CMS));
        String root = Certificates.pem(TestPki.get().signRoot().getEncoded());
        Openssl.Result ok = Openssl.cmsVerify(dir, Base64.getDecoder().decode(result.cms()), DATA,
                result.certificatePem(), root);
        assertEquals(0, ok.exitCode(), ok.output());
    }

    @Test
    @Tag("pcsc")
    void cmsInDigestModeVerifiesOverTheDataInOpenssl() throws Exception {
        byte[] digest = Digests.hash(DigestAlgorithm.SHA256, DATA);
        SignResult result = sign(SignRequest.ofDigest(digest, DigestAlgorithm.SHA256, SignFormat.CMS));
        Openssl.Result ok = Openssl.cmsVerify(dir, Base64.getDecoder().decode(result.cms()), DATA,
                result.certificatePem(), null);
        assertEquals(0, ok.exitCode(), ok.output());
        Openssl.Result other = Openssl.cmsVerify(dir, Base64.getDecoder().decode(result.cms()),
                "tampered".getBytes(StandardCharsets.US_ASCII), result.certificatePem(), null);
        assertTrue(other.exitCode() != 0, other.output());
    }

    @Test
    void signingReportsItsSteps() throws Exception {
        List<String> steps = new ArrayList<>();
        new Sign(SimCards.password(SimCards.PASSWORD), SignRequest.ofData(DATA, null, SignFormat.CMS), LastTry.REFUSE)
                .run(service.on(SimCards.open("adult").card,
                        (name, done, total) -> steps.add(name + " " + done + "/" + total)));
        assertEquals(List.of("verify-password-read-certificate 0/2", "sign 1/2", "done 2/2"), steps);
    }

    @Test
    void aWrongPasswordIsWrongPinWithTriesLeft() {
        ApduException e = assertThrows(ApduException.class,
                () -> new Sign(SimCards.password("WRONG9"), SignRequest.ofData(DATA, null, null), LastTry.REFUSE)
                        .run(service.on(SimCards.open("adult").card, Progress.NONE)));
        assertEquals(ErrorCode.WRONG_PIN, e.code());
        assertTrue(e.getMessage().contains("4"), e.getMessage());
    }
}
