package dev.mynumber.agent.signing;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Builds a detached CMS SignedData (RFC 5652) with Bouncy Castle, the signature made by the card.
 *
 * <p>Signed attributes: content-type (id-data), message-digest (the data's digest), signing-time (from the
 * injected clock), ESS signing-certificate-v2 (RFC 5035, SHA-256 of the certificate) and BC's
 * CMS algorithm protection (RFC 6211). The signing certificate is included. {@code openssl cms -verify
 * -binary -content data.bin -inform DER -noverify -certfile sign.pem} accepts the result.
 */
public final class CmsSigner {
    private CmsSigner() {
    }

    /**
     * The CMS and the card's signature over its signed attributes.
     *
     * @param cms DER SignedData
     * @param signature the raw signature inside it
     */
    public record Signed(byte[] cms, byte[] signature) {
    }

    public static Signed sign(CardSignature card, X509Certificate certificate, DigestAlgorithm algorithm, byte[] digest,
            Instant signingTime) throws ApduException {
        CardContentSigner signer = new CardContentSigner(algorithm, card, certificate.getPublicKey());
        try {
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            SignerInfoGenerator signerInfo = new SignerInfoGeneratorBuilder(new FixedDigestProvider(digest))
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                            attributes(certificate, signingTime)))
                    .build(signer, holder);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificate(holder);
            byte[] cms = generator.generate(new CMSAbsentContent(), false).getEncoded(ASN1Encoding.DER);
            return new Signed(cms, signer.signature());
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException
                | RuntimeException e) {
            if (signer.failure() != null) {
                throw signer.failure();
            }
            throw Failures.malformed("the signing certificate cannot be used in a CMS signature", e);
        }
    }

    /** signing-time from the clock and the ESS signing-certificate-v2; BC adds content-type and digest. */
    private static AttributeTable attributes(X509Certificate certificate, Instant signingTime)
            throws GeneralSecurityException {
        byte[] certHash = Digests.hash(DigestAlgorithm.SHA256, certificate.getEncoded());
        Attribute time = new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime))));
        Attribute essCert = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2(certHash))));
        return new AttributeTable(new DERSet(new Attribute[] {time, essCert}));
    }
}
