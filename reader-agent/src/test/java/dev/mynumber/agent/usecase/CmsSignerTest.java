package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.signing.CardSignature;
import dev.mynumber.agent.signing.CmsSigner;
import dev.mynumber.agent.signing.Digests;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.WrongPinException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CMS builder with a software key standing in for the card: BC and the real openssl accept its output. */
class CmsSignerTest {
    private static final byte[] DATA = "申請書 v1: fictional test data".getBytes(StandardCharsets.UTF_8);
    private static final Instant SIGNING_TIME = Instant.parse("2026-11-23T01:02:03Z");

    @TempDir
    Path dir;

    private CmsSigner.Signed sign(byte[] digest) throws Exception {
        SoftwareSigner key = SoftwareSigner.get();
        return CmsSigner.sign(key.card(DigestAlgorithm.SHA256), key.certificate, DigestAlgorithm.SHA256, digest,
                SIGNING_TIME);
    }

    @Test
    void detachedCmsVerifiesWithBouncyCastleAndCarriesTheSignedAttributes() throws Exception {
        byte[] digest = Digests.hash(DigestAlgorithm.SHA256, DATA);
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(DATA), sign(digest).cms());

        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(SoftwareSigner.get().certificate)));
        assertArrayEquals(digest, ASN1OctetString.getInstance(signer.getSignedAttributes()
                .get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets());
        Time time = Time.getInstance(signer.getSignedAttributes().get(CMSAttributes.signingTime).getAttrValues()
                .getObjectAt(0));
        assertEquals(SIGNING_TIME, time.getDate().toInstant());
        Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(null);
        assertEquals(1, certs.size());
        assertEquals(null, new CMSSignedData(sign(digest).cms()).getSignedContent(), "detached: no content");
    }

    @Test
    void bouncyCastleRejectsTamperedContent() throws Exception {
        byte[] cmsBytes = sign(Digests.hash(DigestAlgorithm.SHA256, DATA)).cms();
        byte[] other = DATA.clone();
        other[0] ^= 1;
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(other), cmsBytes);
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertThrows(Exception.class, () -> assertTrue(
                signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(SoftwareSigner.get().certificate))));
    }

    @Test
    @Tag("pcsc")
    void realOpensslAcceptsTheCmsAndRejectsOtherContent() throws Exception {
        byte[] cms = sign(Digests.hash(DigestAlgorithm.SHA256, DATA)).cms();
        String pem = Certificates.pem(SoftwareSigner.get().certificate.getEncoded());

        Openssl.Result ok = Openssl.cmsVerify(dir, cms, DATA, pem, null);
        assertEquals(0, ok.exitCode(), ok.output());
        assertTrue(ok.output().contains("Verification successful"), ok.output());

        Openssl.Result bad = Openssl.cmsVerify(dir, cms, "other data".getBytes(StandardCharsets.UTF_8), pem, null);
        assertNotEquals(0, bad.exitCode(), bad.output());
    }

    @Test
    void aCardErrorSurfacesUnchanged() throws Exception {
        WrongPinException wrong = new WrongPinException(2);
        CardSignature card = digest -> {
            throw wrong;
        };
        ApduException thrown = assertThrows(ApduException.class, () -> CmsSigner.sign(card,
                SoftwareSigner.get().certificate, DigestAlgorithm.SHA256, new byte[32], SIGNING_TIME));
        assertSame(wrong, thrown);
    }

    @Test
    void aSignatureThatDoesNotMatchTheCertificateIsRefused() throws Exception {
        CardSignature broken = digest -> new byte[256];
        ApduException thrown = assertThrows(ApduException.class, () -> CmsSigner.sign(broken,
                SoftwareSigner.get().certificate, DigestAlgorithm.SHA256, new byte[32], SIGNING_TIME));
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, thrown.code());
    }
}
