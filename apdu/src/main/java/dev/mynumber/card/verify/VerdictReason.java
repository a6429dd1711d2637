package dev.mynumber.card.verify;

import java.util.List;

/**
 * Why an overall verdict is what it is, in one stable code (the API's verdict {@code reasonCode}), so a page
 * tells "issuer not verified" apart from other missing checks without reading English text. Every
 * {@link CheckedVerdict} has one: the card data's and the token-verifier's.
 */
public enum VerdictReason {
    /** Every check was made and passed. */
    ALL_CHECKS_PASSED,
    /** At least one check failed on a confirmed fact. */
    CHECK_FAILED,
    /** Nothing failed, but an issuer key is not configured: the data's origin is unproven. */
    ISSUER_NOT_VERIFIED,
    /** Nothing failed, but some other check could not be made. */
    CHECKS_INCOMPLETE,
    /** No check was made (no data read). */
    NOTHING_CHECKED;

    /**
     * The reason for a list of checks, by the same rule as every verdict: a failure first, then a missing
     * issuer key, then any other missing check.
     *
     * @param checks the checks of one verdict
     * @return the reason
     */
    public static VerdictReason of(List<Check> checks) {
        if (checks.isEmpty()) {
            return NOTHING_CHECKED;
        }
        CheckStatus outcome = CheckStatus.of(checks);
        if (outcome == CheckStatus.FAILED) {
            return CHECK_FAILED;
        }
        if (checks.stream().anyMatch(c -> c.reasonCode() == CheckReason.ISSUER_NOT_CONFIGURED
                || c.reasonCode() == CheckReason.ISSUER_KEY_NOT_MATCHING)) {
            return ISSUER_NOT_VERIFIED;
        }
        return outcome == CheckStatus.PASSED ? ALL_CHECKS_PASSED : CHECKS_INCOMPLETE;
    }
}
