package dev.mynumber.verifier;

import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.OutcomeWord;

/** The revocation (失効) state of a certificate as far as the configured sources tell: words for a {@link CheckStatus}. */
public enum RevocationStatus implements OutcomeWord {
    /** A current CRL or OCSP answer from the issuer does not list the certificate. */
    GOOD(CheckStatus.PASSED),
    /** A current CRL or OCSP answer from the issuer lists the certificate. */
    REVOKED(CheckStatus.FAILED),
    /** No usable source (no CRL for this issuer, an out-of-date CRL, an untrusted issuer): unknown. */
    NOT_CHECKED(CheckStatus.NOT_CHECKED);

    private final CheckStatus outcome;

    RevocationStatus(CheckStatus outcome) {
        this.outcome = outcome;
    }

    @Override
    public CheckStatus outcome() {
        return outcome;
    }
}
