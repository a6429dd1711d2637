package dev.mynumber.card.verify;

import java.util.List;
import java.util.Optional;

/**
 * The one verdict shape: checks in the order they were made, what they add up to, and why.
 *
 * <p>The card-data {@link Verdict} and the token-verifier's certificate, token and CMS verdicts are all this
 * shape; each words {@link #outcome()} for its readers with its own {@link OutcomeWord} enum.
 */
public interface CheckedVerdict {
    /** The checks, in the order they were made. */
    List<Check> checks();

    /** What the checks add up to, by the one rule {@link CheckStatus#of(List)}. */
    default CheckStatus outcome() {
        return CheckStatus.of(checks());
    }

    /** Why the outcome is what it is ({@link VerdictReason#ISSUER_NOT_VERIFIED} when only issuer keys are missing). */
    default VerdictReason reasonCode() {
        return VerdictReason.of(checks());
    }

    /**
     * Finds the first check with a name.
     *
     * @param name the check name
     * @return the check, or empty when it was not part of this verdict
     */
    default Optional<Check> check(String name) {
        return checks().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
