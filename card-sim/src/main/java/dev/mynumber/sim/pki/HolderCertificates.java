package dev.mynumber.sim.pki;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Issues a card holder's two JPKI certificates from the test CAs of {@link TestPki}.
 *
 * <p>End-entity extensions beyond KeyUsage, the key identifiers and the CRL distribution point are not
 * published for real cards (spec §5.2 "UNCONFIRMED"), so none are invented here.
 */
public final class HolderCertificates {
    /** Arc of the JPKI signing-certificate SAN attributes (spec §5.2). */
    private static final String SAN_ARC = "1.2.392.200149.8.5.5.";

    private final TestPki pki;

    /** Creates an issuer over the given test PKI. */
    public HolderCertificates(TestPki pki) {
        this.pki = pki;
    }

    /** Issues the 利用者証明用証明書: subject {@code C=JP, CN=<opaqueId>}, KeyUsage digitalSignature. */
    public X509Certificate auth(PublicKey holder, String opaqueId, BigInteger serial, Instant notBefore,
            Instant notAfter) {
        return new CertificateMaker(pki.authCaName(), serial, notBefore, notAfter,
                TestDn.authHolder(opaqueId), holder)
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .authorityKey(pki.authRoot().getPublicKey())
                .crlDirName(pki.authCaName())
                .sign(pki.authCa());
    }

    /**
     * Issues the 署名用証明書: subject {@code C=JP, L=<prefecture>, L=<municipality>, CN=<cn>}, KeyUsage
     * nonRepudiation and digitalSignature, SAN with the six personal attributes as otherName UTF8Strings.
     */
    public X509Certificate sign(PublicKey holder, String prefecture, String municipality, String cn,
            SignerAttributes attributes, BigInteger serial, Instant notBefore, Instant notAfter) {
        return new CertificateMaker(pki.signCaName(), serial, notBefore, notAfter,
                TestDn.signHolder(prefecture, municipality, cn), holder)
                .add(Extension.keyUsage, true, new KeyUsage(KeyUsage.nonRepudiation | KeyUsage.digitalSignature))
                .add(Extension.subjectAlternativeName, false, altNames(attributes))
                .authorityKey(pki.signRoot().getPublicKey())
                .crlDirName(pki.signCaName())
                .sign(pki.signCa());
    }

    private static GeneralNames altNames(SignerAttributes a) {
        String[] values = {a.name(), a.nameSubstitutes(), a.sex(), a.birthDate(), a.address(),
            a.addressSubstitutes()};
        GeneralName[] names = new GeneralName[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = otherName(SAN_ARC + (i + 1), values[i]);
        }
        return new GeneralNames(names);
    }

    /** OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT UTF8String } (RFC 5280 §4.2.1.6). */
    private static GeneralName otherName(String oid, String value) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1ObjectIdentifier(oid));
        v.add(new DERTaggedObject(true, 0, new DERUTF8String(value)));
        return new GeneralName(GeneralName.otherName, new DERSequence(v));
    }
}
