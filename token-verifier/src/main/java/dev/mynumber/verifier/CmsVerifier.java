package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Server-side verification of a detached CMS SignedData (RFC 5652), such as the agent's {@code sign} result in
 * {@code CMS} format: for every signer, the four {@code certificate.*} checks for {@link CertificateUsage#SIGNING}
 * (chain to the trust anchors, validity, key usage, revocation) and {@code cms.signature} over the given data.
 *
 * <p>Validity and revocation are judged at the verifier's clock (the time of checking), not at the CMS
 * signing-time attribute, which is the signer's own claim. Thread-safe. Never throws for bad input.
 */
public final class CmsVerifier {
    static final String SIGNATURE = "cms.signature";

    private final CertificateVerifier certificates;

    /**
     * Creates the verifier.
     *
     * @param certificates verifies each signer's certificate (trust anchors: the J-LIS signing roots, CRLs, clock)
     */
    public CmsVerifier(CertificateVerifier certificates) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * Verifies a detached CMS against the data it signs.
     *
     * @param cms the DER SignedData (base64-decoded from the agent's answer)
     * @param data the signed data, byte for byte
     * @return the verdict; VALID only when every check of every signer passed
     */
    public CmsVerdict verify(byte[] cms, byte[] data) {
        Collection<SignerInformation> signers;
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(data), cms);
            signers = signed.getSignerInfos().getSigners();
        } catch (CMSException | RuntimeException e) {
            // Bouncy Castle reports some malformed ASN.1 unchecked: hostile input must not escape as a crash
            return new CmsVerdict(List.of(Check.of(SIGNATURE, CheckReason.CMS_MALFORMED)));
        }
        if (signers.isEmpty()) {
            return new CmsVerdict(List.of(Check.of(SIGNATURE, CheckReason.CMS_MALFORMED)));
        }
        List<Check> checks = new ArrayList<>();
        for (SignerInformation signer : signers) {
            checks.addAll(signerChecks(signed, signer));
        }
        return new CmsVerdict(checks);
    }

    private List<Check> signerChecks(CMSSignedData signed, SignerInformation signer) {
        Optional<X509Certificate> cert = certificate(signed, signer);
        if (cert.isEmpty()) {
            return List.of(Check.of(SIGNATURE, CheckReason.CMS_SIGNER_CERTIFICATE_MISSING));
        }
        List<Check> out = new ArrayList<>(certificates.verify(cert.get(), List.of(), CertificateUsage.SIGNING)
                .checks());
        out.add(signatureMatches(signer, cert.get()) ? Check.of(SIGNATURE, CheckReason.CMS_SIGNATURE_VALID)
                : Check.of(SIGNATURE, CheckReason.CMS_SIGNATURE_INVALID));
        return out;
    }

    private static Optional<X509Certificate> certificate(CMSSignedData signed, SignerInformation signer) {
        Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
        try {
            return matches.stream().findFirst().map(CmsVerifier::convert);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static X509Certificate convert(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable signer certificate", e);
        }
    }

    // verify() checks the message-digest attribute against the data, then the signature over the attributes
    private static boolean signatureMatches(SignerInformation signer, X509Certificate cert) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }
}
