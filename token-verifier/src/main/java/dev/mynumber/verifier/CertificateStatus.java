package dev.mynumber.verifier;

import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.CheckedVerdict;
import dev.mynumber.card.verify.OutcomeWord;

/**
 * The overall result of a certificate, token or CMS verdict: the certificate words for a {@link CheckStatus}.
 */
public enum CertificateStatus implements OutcomeWord {
    /** Every check (chain, validity, key usage, revocation, and the token's or CMS's own) was made and passed. */
    VALID(CheckStatus.PASSED),
    /** At least one check failed. */
    INVALID(CheckStatus.FAILED),
    /** Nothing failed, but something (typically revocation) was not checked: not proven valid. */
    INCOMPLETE(CheckStatus.NOT_CHECKED);

    private final CheckStatus outcome;

    CertificateStatus(CheckStatus outcome) {
        this.outcome = outcome;
    }

    @Override
    public CheckStatus outcome() {
        return outcome;
    }

    /**
     * The word for a verdict: VALID only when every check passed, INVALID on any failure, else INCOMPLETE.
     *
     * @param verdict the verdict
     * @return its status
     */
    public static CertificateStatus of(CheckedVerdict verdict) {
        return OutcomeWord.of(CertificateStatus.class, verdict.outcome());
    }
}
