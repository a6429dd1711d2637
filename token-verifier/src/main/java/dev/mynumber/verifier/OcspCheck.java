package dev.mynumber.verifier;

import dev.mynumber.card.verify.CheckReason;

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
                return notChecked(CheckReason.OCSP_NO_ANSWER, "not successful");
            }
            return judge((BasicOCSPResp) resp.getResponseObject(), id, nonce, issuer, now);
        } catch (IOException e) {
            return notChecked(CheckReason.OCSP_NO_ANSWER, "unreachable or malformed");
        } catch (OCSPException | OperatorCreationException | java.security.cert.CertificateEncodingException e) {
            return notChecked(CheckReason.OCSP_NO_ANSWER, e.getClass().getSimpleName());
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            // Bouncy Castle reports some malformed ASN.1 unchecked: a hostile answer must not escape as a crash
            return notChecked(CheckReason.OCSP_NO_ANSWER, "malformed");
        }
    }

    private static Revocation judge(BasicOCSPResp basic, CertificateID id, byte[] nonce, X509Certificate issuer,
            Instant now) throws OCSPException, OperatorCreationException {
        if (!basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))) {
            return new Revocation(CheckReason.OCSP_NOT_SIGNED_BY_ISSUER);
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed == null || !Arrays.equals(DEROctetString.getInstance(echoed.getParsedValue()).getOctets(), nonce)) {
            return new Revocation(CheckReason.OCSP_NONCE_MISMATCH);
        }
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().equals(id)) {
                continue;
            }
            boolean current = !single.getThisUpdate().toInstant().isAfter(now)
                    && (single.getNextUpdate() == null || !single.getNextUpdate().toInstant().isBefore(now));
            if (!current) {
                return new Revocation(CheckReason.OCSP_NOT_CURRENT);
            }
            CertificateStatus status = single.getCertStatus();
            if (status == CertificateStatus.GOOD) {
                return new Revocation(CheckReason.OCSP_GOOD);
            }
            return status instanceof RevokedStatus ? new Revocation(CheckReason.OCSP_REVOKED)
                    : new Revocation(CheckReason.OCSP_UNKNOWN);
        }
        return new Revocation(CheckReason.OCSP_UNKNOWN, "not covered by the response");
    }

    private static Revocation notChecked(CheckReason code, String detail) {
        return new Revocation(code, detail);
    }
}
