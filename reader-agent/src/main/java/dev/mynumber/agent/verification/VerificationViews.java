package dev.mynumber.agent.verification;

import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.Verdict;
import dev.mynumber.verifier.CertificateVerifier;
import java.security.cert.X509Certificate;

/**
 * This package's entry points for the use cases: JPKI certificates parsed and viewed, and the verification
 * views of a card read.
 *
 * <p>Why a separate class: {@code Certificates} and {@link Verification} keep their package-private factories
 * (they are being reworked for the one verdict vocabulary of issue 16); once that lands, these methods can move
 * onto them and this class go.
 */
public final class VerificationViews {
    private VerificationViews() {
    }

    /**
     * Parses DER into a JDK certificate (for its key).
     *
     * @param der the certificate from the card
     * @param what a non-personal name for errors
     * @return the certificate; {@code MALFORMED_CARD_DATA} if it is not strict DER X.509
     */
    public static X509Certificate parse(byte[] der, String what) throws ApduException {
        return Certificates.parse(der, what);
    }

    /**
     * Builds a certificate's view (DER, PEM, summary, the SAN identity of a signing certificate) with the
     * verdict of {@code verifier}; no APDU.
     *
     * @param kind which certificate
     * @param der its DER
     * @param verifier the certificate verifier
     * @return the view
     */
    public static CertificateView certificate(CertificateKind kind, byte[] der, CertificateVerifier verifier)
            throws ApduException {
        return Certificates.view(kind, der, verifier);
    }

    /**
     * PEM with 64-character lines.
     *
     * @param der the certificate's DER
     * @return the PEM text
     */
    public static String pem(byte[] der) {
        return Certificates.pem(der);
    }

    /**
     * The verification view of a card read: the card-data verdict and the verdict on the card's authentication
     * certificate, which is read here (JPKI AP, no PIN) and never fails the read.
     *
     * @param cardData the text and visual AP checks as one verdict
     * @param card the opened card
     * @param verifier the certificate verifier
     * @return the view the card-information answer carries
     */
    public static Verification card(Verdict cardData, MyNumberCard card, CertificateVerifier verifier) {
        return Verification.of(cardData, Certificates.authCertificateVerdict(card, verifier));
    }
}
