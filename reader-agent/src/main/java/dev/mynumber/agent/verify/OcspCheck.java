package dev.mynumber.agent.verify;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Revocation by OCSP (RFC 6960) with a nonce; only responses signed directly by the issuer's key are accepted
 * (a delegated responder certificate is NOT_CHECKED, not trusted).
 */
final class OcspCheck {
    private static final int NONCE_LENGTH = 32;
    private final SecureRandom random = new SecureRandom();

    Revocation check(X509Certificate leaf, X509Certificate issuer, OcspResponder responder, Instant now) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), leaf.getSerialNumber());
            byte[] nonce = new byte[NONCE_LENGTH];
            random.nextBytes(nonce);
            // RFC 8954: the nonce extnValue holds a DER OCTET STRING
            Extension nonceExt = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(nonce).getEncoded()));
            byte[] request = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(nonceExt)).build().getEncoded();
            OCSPResp resp = new OCSPResp(responder.query(request));
            if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp)) {
                return notChecked("OCSP responder did not answer successfully");
            }
            return judge((BasicOCSPResp) resp.getResponseObject(), id, nonce, issuer, now);
        } catch (IOException e) {
            return notChecked("OCSP responder unreachable or answer malformed");
        } catch (OCSPException | OperatorCreationException | java.security.cert.CertificateEncodingException e) {
            return notChecked("OCSP exchange failed: " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // Bouncy Castle reports some malformed ASN.1 unchecked: a hostile answer must not escape as a crash
            return notChecked("OCSP response malformed");
        }
    }

    private static Revocation judge(BasicOCSPResp basic, CertificateID id, byte[] nonce, X509Certificate issuer,
            Instant now) throws OCSPException, OperatorCreationException {
        if (!basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
            return notChecked("OCSP response not signed by the issuer's key");
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null || !Arrays.equals(DEROctetString.getInstance(echoed.getParsedValue()).getOctets(), nonce)) {
            return notChecked("OCSP response does not echo our nonce (possible replay)");
        }
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) {
                continue;
            }
            boolean current = !single.getThisUpdate().toInstant().isAfter(now)
                    && (single.getNextUpdate() == null || !single.getNextUpdate().toInstant().isBefore(now));
            if (!current) {
                return notChecked("OCSP response is not current");
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return new Revocation(RevocationStatus.GOOD, "OCSP: good");
            }
            return status instanceof RevokedStatus ? new Revocation(RevocationStatus.REVOKED, "OCSP: revoked")
                    : notChecked("OCSP: unknown to the responder");
        }
        return notChecked("OCSP response does not cover this certificate");
    }

    private static Revocation notChecked(String reason) {
        return new Revocation(RevocationStatus.NOT_CHECKED, reason);
    }
}
