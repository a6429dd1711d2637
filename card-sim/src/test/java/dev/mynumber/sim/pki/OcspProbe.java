package dev.mynumber.sim.pki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

/**
 * Builds OCSP requests the way a client does (SHA-1 CertID, RFC 8954 nonce) and opens responses, for tests.
 */
public final class OcspProbe {
    private OcspProbe() {
    }

    /** Returns the SHA-1 CertID of a serial under an issuer certificate. */
    public static CertificateID id(X509Certificate issuer, BigInteger serial) throws Exception {
        return new CertificateID(new BcDigestCalculatorProvider().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), serial);
    }

    /** Returns a DER OCSPRequest for the CertIDs with the nonce (none when null). */
    public static byte[] request(byte[] nonce, CertificateID... ids) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder();
        for (CertificateID id : ids) {
            builder.addRequest(id);
        }
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false, new DEROctetString(new DEROctetString(nonce).getEncoded()))));
        }
        return builder.build().getEncoded();
    }

    /** Returns the response status of a DER OCSPResponse. */
    public static int status(byte[] response) throws Exception {
        return new OCSPResp(response).getStatus();
    }

    /** Returns the basic response inside a successful DER OCSPResponse. */
    public static BasicOCSPResp basic(byte[] response) throws Exception {
        OCSPResp resp = new OCSPResp(response);
        if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new AssertionError("OCSP status " + resp.getStatus());
        }
        return (BasicOCSPResp) resp.getResponseObject();
    }

    /** Returns the only single response of a successful DER OCSPResponse. */
    public static SingleResp single(byte[] response) throws Exception {
        SingleResp[] all = basic(response).getResponses();
        if (all.length != 1) {
            throw new AssertionError(all.length + " single responses");
        }
        return all[0];
    }

    /** Returns the nonce a basic response echoes, or null. */
    public static byte[] nonce(BasicOCSPResp basic) {
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        return echoed == null ? null : DEROctetString.getInstance(echoed.getParsedValue()).getOctets();
    }
}
