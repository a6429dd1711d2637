package dev.mynumber.card.verify;

import java.util.List;

/**
 * The outcome of one verification check, and of a whole list of checks: the one status vocabulary.
 *
 * <p>The card-data, certificate, revocation and token verdicts all word these three outcomes for their readers
 * ({@link OutcomeWord}); {@link #of(List)} is the one rule that adds checks up.
 */
public enum CheckStatus {
    /** The check was made and the data is as the issuer signed it. */
    PASSED,
    /** The check was made and failed: the data, signature or key does not match. */
    FAILED,
    /** The check could not be made (data not read, key not configured); proves nothing either way. */
    NOT_CHECKED;

    /**
     * What a list of checks adds up to: {@link #FAILED} on any failure (a confirmed fact), {@link #PASSED} only
     * when there is at least one check and every check passed, else {@link #NOT_CHECKED}. So a check that could
     * not be made can never yield a pass, and only a failure can yield a failure.
     *
     * @param checks the checks of one verdict
     * @return the overall outcome
     */
    public static CheckStatus of(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.status() == FAILED)) {
            return FAILED;
        }
        if (checks.isEmpty() || checks.stream().anyMatch(c -> c.status() == NOT_CHECKED)) {
            return NOT_CHECKED;
        }
        return PASSED;
    }
}
