package dev.mynumber.sim.pki;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * One X.509 certificate under construction: subject, key and extensions, signed with SHA-256/RSA by an issuer.
 */
final class CertificateMaker {
    private final X509v3CertificateBuilder builder;
    private final JcaX509ExtensionUtils utils;

    CertificateMaker(X500Name issuer, BigInteger serial, Instant notBefore, Instant notAfter,
            X500Name subject, PublicKey subjectKey) {
        this.builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter),
                subject, subjectKey);
        try {
            this.utils = new JcaX509ExtensionUtils();
            add(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
    }

    /** Adds an extension. */
    CertificateMaker add(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
        } catch (CertIOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds the authority key identifier of the issuer's public key. */
    CertificateMaker authorityKey(PublicKey issuerKey) {
        return add(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
    }

    /** Adds a CRL distribution point naming the CA by its DirName, as the real JPKI CAs do (spec §5.2). */
    CertificateMaker crlDirName(X500Name ca) {
        DistributionPointName name = new DistributionPointName(new GeneralNames(new GeneralName(ca)));
        return add(Extension.cRLDistributionPoints, false,
                new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(name, null, null)}));
    }

    /** Signs with SHA-256/RSA (PKCS#1 v1.5) and returns the certificate. */
    X509Certificate sign(KeyPair issuer) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new Sha256RsaSigner(issuer.getPrivate())));
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot sign test certificate", e);
        }
    }
}
