package dev.mynumber.sim.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.bc.BcDigestCalculatorProvider;

/**
 * One test CA as an OCSP responder: it recognises CertIDs naming it as issuer and knows the status of the
 * serials it issued.
 */
final class OcspAuthority {
    private final X500Name name;
    private final KeyPair key;
    private final X509CertificateHolder cert;
    private final TestOcsp.Serials serials;

    OcspAuthority(X500Name name, KeyPair key, X509Certificate cert, TestOcsp.Serials serials) {
        this.name = name;
        this.key = key;
        this.serials = serials;
        try {
            this.cert = new JcaX509CertificateHolder(cert);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("test CA certificate does not encode", e);
        }
    }

    /** Whether the CertID's issuerNameHash and issuerKeyHash (in its own hash algorithm) name this CA. */
    boolean issued(CertificateID id) throws OCSPException {
        return id.matchesIssuer(cert, new BcDigestCalculatorProvider());
    }

    /**
     * Returns the status of a serial: revoked (keyCompromise, at the same time as on {@link TestCrls}: one day
     * before the start of the current UTC day), good if issued, else unknown.
     */
    CertificateStatus status(BigInteger serial, Instant now) {
        if (serials.revoked().contains(serial)) {
            Instant at = TestCrls.revokedAt(now.truncatedTo(ChronoUnit.DAYS));
            return new RevokedStatus(Date.from(at), CRLReason.keyCompromise);
        }
        return serials.issued().contains(serial) ? CertificateStatus.GOOD : new UnknownStatus();
    }

    X500Name name() {
        return name;
    }

    X509CertificateHolder cert() {
        return cert;
    }

    ContentSigner signer() {
        return new Sha256RsaSigner(key.getPrivate());
    }
}
