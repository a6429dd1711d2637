package dev.mynumber.agent.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks that what the agent returned as a success is sound: every certificate parses with both Bouncy
 * Castle and java.security, its key verifies the signature just made, and a certificate that differs from
 * the card's genuine one is never called VALID. Each method returns null when sound, else the problem.
 */
final class CardAnswers {
    private CardAnswers() {
    }

    /** Parses a certificate strictly with both libraries; null if it does not parse. */
    static X509Certificate parse(byte[] der) {
        try {
            X509CertificateHolder holder = new X509CertificateHolder(der);
            if (!Arrays.equals(holder.getEncoded(), der)) {
                return null; // not DER as issued: trailing or re-encoded content
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            return null;
        }
    }

    /** A certificate view ({@code der}, {@code verification.status}) against the genuine DER. */
    static String certificateView(JsonNode view, byte[] genuine) {
        byte[] der = Base64.getDecoder().decode(view.path("der").asText());
        if (parse(der) == null) {
            return "returned certificate does not parse";
        }
        if (!Arrays.equals(der, genuine) && "VALID".equals(view.path("verification").path("status").asText())) {
            return "altered certificate returned as VALID";
        }
        return null;
    }

    /** A sign answer: certificate parses and verifies the signature (RAW) or the CMS. */
    static String sign(JsonNode body, byte[] data) {
        String pem = body.path("certificatePem").asText();
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        X509Certificate cert = parse(der);
        if (cert == null) {
            return "returned signing certificate does not parse";
        }
        try {
            if ("CMS".equals(body.path("format").asText())) {
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(data),
                        Base64.getDecoder().decode(body.path("cms").asText()));
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert)) ? null
                        : "CMS does not verify with the returned certificate";
            }
            return verifies(cert.getPublicKey(), data, body.path("signature").asText()) ? null
                    : "signature does not verify with the returned certificate";
        } catch (Exception e) {
            return "signature check failed: " + e;
        }
    }

    /** An authenticate answer (raw challenge mode): certificate sound and its key verifies the signature. */
    static String authenticate(JsonNode body, byte[] challenge, byte[] genuine) {
        String problem = certificateView(body.path("certificate"), genuine);
        if (problem != null) {
            return problem;
        }
        byte[] der = Base64.getDecoder().decode(body.path("certificate").path("der").asText());
        try {
            return verifies(parse(der).getPublicKey(), challenge, body.path("signature").asText()) ? null
                    : "authentication signature does not verify with the returned certificate";
        } catch (Exception e) {
            return "signature check failed: " + e;
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, String signature) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(key);
        s.update(data);
        return s.verify(Base64.getDecoder().decode(signature));
    }
}
