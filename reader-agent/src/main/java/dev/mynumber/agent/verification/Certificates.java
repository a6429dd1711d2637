package dev.mynumber.agent.verification;

import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.certificate.CertificateSummary;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.agent.certificate.SanIdentity;
import dev.mynumber.agent.certificate.SignerIdentity;
import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.OutcomeWord;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateUsage;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.RevocationStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Parses JPKI certificates and builds their {@link CertificateView}s with Bouncy Castle. */
public final class Certificates {
    private static final Base64.Encoder PEM_BODY = Base64.getMimeEncoder(64,
            "\n".getBytes(StandardCharsets.US_ASCII));

    private static final String CHAIN = "certificate.chain";

    private Certificates() {
    }

    /**
     * Parses DER into a JDK certificate (for its key).
     *
     * @param der the certificate from the card
     * @param what a non-personal name for errors
     */
    public static X509Certificate parse(byte[] der, String what) throws ApduException {
        try {
            X509CertificateHolder strict = new X509CertificateHolder(der);
            if (!Arrays.equals(strict.getEncoded(), der)) {
                throw Failures.malformed(what + ": not a DER X.509 certificate");
            }
            strict.getSubject().toString(); // names decode (a corrupted string tag fails here, not later)
            strict.getIssuer().toString();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw Failures.malformed(what + ": not an X.509 certificate", e);
        }
    }

    /**
     * Builds the view: DER and PEM, summary, and for the signing certificate the SAN identity.
     *
     * @param kind which certificate
     * @param der its DER
     */
    static CertificateView view(CertificateKind kind, byte[] der) throws ApduException {
        return view(kind, der, null);
    }

    /**
     * Builds the view with the verdict of {@code verifier} (chain, validity, key usage, revocation); no APDU.
     *
     * @param kind which certificate
     * @param der its DER
     * @param verifier the certificate verifier, or null to leave {@code verification} out
     */
    public static CertificateView view(CertificateKind kind, byte[] der, CertificateVerifier verifier)
            throws ApduException {
        String what = kind == CertificateKind.SIGNING ? "signing certificate" : "authentication certificate";
        X509Certificate cert = parse(der, what);
        try {
            X509CertificateHolder holder = new X509CertificateHolder(der);
            SignerIdentity identity = kind == CertificateKind.SIGNING ? SanIdentity.of(holder, what) : null;
            CertificateVerification verification = verifier == null ? null
                    : CertificateVerification.of(verifier.verify(cert, List.of(), kind == CertificateKind.SIGNING
                            ? CertificateUsage.SIGNING : CertificateUsage.AUTHENTICATION));
            return new CertificateView(kind, Base64.getEncoder().encodeToString(der), pem(der),
                    summary(holder, cert), identity, verification);
        } catch (IOException | RuntimeException e) {
            // a field that parsed as ASN.1 but does not decode (a corrupted name or extension): card data
            throw Failures.malformed(what + ": a certificate field does not decode", e);
        }
    }

    /**
     * Reads the card's 利用者証明用電子証明書 (JPKI AP, no PIN) and verifies it, for the card-information verdict.
     * The face data is read by then, so nothing here fails the read: a card whose JPKI certificate flags
     * (EF 0008) say it has none gives null (a one-off "not found" is a card error: INCOMPLETE), a certificate that does not parse is INVALID, and a card error leaves it
     * INCOMPLETE with the error code, never VALID (as a card error during liveness does).
     *
     * @param card the opened card; the JPKI AP is selected
     * @param verifier the certificate verifier
     * @return the verdict, or null when the card has no authentication certificate
     */
    static CertificateVerification authCertificateVerdict(MyNumberCard card, CertificateVerifier verifier) {
        X509Certificate cert;
        try {
            cert = parse(card.jpki().authCertificate(), "authentication certificate");
        } catch (ApduException e) {
            if (e.code() == ErrorCode.FILE_NOT_FOUND && lacksAuthCertificate(card)) {
                return null;
            }
            return unverified(e.code() == ErrorCode.MALFORMED_CARD_DATA
                    ? Check.of(CHAIN, CheckReason.NOT_X509_CERTIFICATE)
                    : Check.of(CHAIN, CheckReason.CERTIFICATE_CARD_ERROR, e.code().toString()));
        }
        return CertificateVerification.of(verifier.verify(cert, List.of(), CertificateUsage.AUTHENTICATION));
    }

    /**
     * Whether the card says it has no authentication certificate (JPKI EF {@code 0008}, spec §2.1): one
     * "not found" is not a property of the card. False when the flags cannot be read (the read then shows
     * as not done, INCOMPLETE, rather than as a card without the certificate).
     */
    private static boolean lacksAuthCertificate(MyNumberCard card) {
        try {
            return !card.jpki().certificatePresence().authentication();
        } catch (ApduException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A verdict on a certificate that could not be examined: one chain check saying why, and the status it
     * stands for (a certificate that does not parse INVALID, a card error INCOMPLETE); revocation not checked.
     */
    private static CertificateVerification unverified(Check chain) {
        return new CertificateVerification(OutcomeWord.of(CertificateStatus.class, chain.status()),
                RevocationStatus.NOT_CHECKED, chain.reason(), Verification.checks(List.of(chain)), chain.reasonCode());
    }

    /** PEM with 64-character lines. */
    public static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + PEM_BODY.encodeToString(der) + "\n-----END CERTIFICATE-----\n";
    }

    private static CertificateSummary summary(X509CertificateHolder holder, X509Certificate cert) {
        int bits = cert.getPublicKey() instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 0;
        return new CertificateSummary(holder.getSubject().toString(), holder.getIssuer().toString(),
                holder.getSerialNumber().toString(16).toUpperCase(Locale.ROOT),
                holder.getNotBefore().toInstant().toString(), holder.getNotAfter().toInstant().toString(),
                new DefaultAlgorithmNameFinder().getAlgorithmName(holder.getSignatureAlgorithm()), bits);
    }
}
