package dev.mynumber.sim.pki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Certificate revocation lists (失効情報) of the test CAs, for verifiers that check revocation.
 */
public final class TestCrls {
    /** A CRL is valid for one day from its issue time, like a daily-published list. */
    private static final Duration LIFETIME = Duration.ofDays(1);

    private final TestPki pki;

    /** Creates CRL issuing over the given test PKI. */
    public TestCrls(TestPki pki) {
        this.pki = pki;
    }

    /** Returns the auth CA's CRL listing the given certificate serials (reason keyCompromise). */
    public X509CRL authCrl(Collection<BigInteger> revoked, Instant thisUpdate) {
        return crl(pki.authCaName(), pki.authCa(), pki.authRoot(), revoked, thisUpdate);
    }

    /** Returns the signing CA's CRL listing the given certificate serials (reason keyCompromise). */
    public X509CRL signCrl(Collection<BigInteger> revoked, Instant thisUpdate) {
        return crl(pki.signCaName(), pki.signCa(), pki.signRoot(), revoked, thisUpdate);
    }

    /** When every listed certificate was revoked: one CRL lifetime before the list's thisUpdate (OCSP says the same). */
    static Instant revokedAt(Instant thisUpdate) {
        return thisUpdate.minus(LIFETIME);
    }

    private static X509CRL crl(X500Name issuer, KeyPair key, X509Certificate root, Collection<BigInteger> revoked,
            Instant thisUpdate) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(thisUpdate.plus(LIFETIME)));
        Date revokedAt = Date.from(revokedAt(thisUpdate));
        revoked.forEach(serial -> builder.addCRLEntry(serial, revokedAt, CRLReason.keyCompromise));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.getPublicKey()));
            builder.addExtension(Extension.cRLNumber, false,
                    new CRLNumber(BigInteger.valueOf(thisUpdate.getEpochSecond())));
            return new JcaX509CRLConverter().getCRL(builder.build(new Sha256RsaSigner(key.getPrivate())));
        } catch (CertIOException | CRLException
                | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot issue the test CRL", e);
        }
    }
}
