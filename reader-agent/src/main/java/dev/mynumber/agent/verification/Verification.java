package dev.mynumber.agent.verification;

import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.OutcomeWord;
import dev.mynumber.card.verify.Verdict;
import dev.mynumber.card.verify.VerdictReason;
import dev.mynumber.card.verify.VerdictStatus;
import dev.mynumber.verifier.CertificateVerifier;
import java.util.List;

/**
 * What was verified about the card data read: every check with its status and reason; never a bare "valid".
 *
 * <p>{@code status} is the library's verdict ({@code GENUINE} only when every check passed, {@code NOT_GENUINE}
 * on any failure, {@code INCOMPLETE} when something was not checked); {@code verdict} says the same in the
 * vocabulary of the pages: {@code VERIFIED}, {@code REJECTED}, {@code NOT_VERIFIED}. See docs/verification.md.
 *
 * @param verdict {@code VERIFIED}, {@code REJECTED} or {@code NOT_VERIFIED}
 * @param status {@code GENUINE}, {@code NOT_GENUINE} or {@code INCOMPLETE}
 * @param checks the individual checks, in the order they were made (each with its {@code reasonCode})
 * @param authCertificate the verdict on the card's JPKI 利用者証明用電子証明書 (chain, validity, key usage,
 *        revocation), read without a PIN; {@code null} when the card has none. Separate from the card-data
 *        verdict: a revoked certificate does not make the face data false, and staff see both.
 * @param reasonCode why the verdict is what it is, e.g. {@code ISSUER_NOT_VERIFIED} when only issuer keys are
 *        missing, so a page need not read English text
 */
public record Verification(PageVerdict verdict, VerdictStatus status, List<VerificationCheck> checks,
        CertificateVerification authCertificate, VerdictReason reasonCode) {
    /** Copies the list. */
    public Verification {
        checks = List.copyOf(checks);
    }

    /** The pages' words for a verdict's {@link CheckStatus} outcome (the API's {@code verdict}). */
    public enum PageVerdict implements OutcomeWord {
        /** Every check passed: {@code GENUINE} card data, a {@code VALID} certificate. */
        VERIFIED(CheckStatus.PASSED),
        /** A check failed on a confirmed fact: {@code NOT_GENUINE}, {@code INVALID}. */
        REJECTED(CheckStatus.FAILED),
        /** Nothing failed but something was not checked: {@code INCOMPLETE}. */
        NOT_VERIFIED(CheckStatus.NOT_CHECKED);

        private final CheckStatus outcome;

        PageVerdict(CheckStatus outcome) {
            this.outcome = outcome;
        }

        @Override
        public CheckStatus outcome() {
            return outcome;
        }

        /**
         * The page verdict for any verdict's word ({@code GENUINE}, {@code VALID}, ...), through its outcome.
         *
         * @param status the library's status word
         * @return the page's word for the same outcome
         */
        public static PageVerdict of(OutcomeWord status) {
            return OutcomeWord.of(PageVerdict.class, status.outcome());
        }
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
    public static Verification of(Verdict cardData, MyNumberCard card, CertificateVerifier verifier) {
        return of(cardData, Certificates.authCertificateVerdict(card, verifier));
    }

    /**
     * The view of a card-data verdict and the authentication certificate's verdict.
     *
     * @param verdict the card-data verdict
     * @param authCertificate the certificate verdict, or null when the card has no such certificate
     */
    static Verification of(Verdict verdict, CertificateVerification authCertificate) {
        VerdictStatus status = verdict.status();
        return new Verification(PageVerdict.of(status), status, checks(verdict.checks()), authCertificate,
                verdict.reasonCode());
    }

    static List<VerificationCheck> checks(List<Check> checks) {
        return checks.stream().map(c -> new VerificationCheck(c.name(), CheckDescriptions.of(c.name()),
                c.status(), c.reason(), c.reasonCode())).toList();
    }
}
