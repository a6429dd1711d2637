package dev.mynumber.card.verify;

import java.util.List;
import java.util.Optional;

/**
 * The checks made on one card and their overall status (判定).
 *
 * <p>The status is {@link VerdictStatus#GENUINE} only when there is at least one check and every check
 * {@link CheckStatus#PASSED}; any failure gives {@link VerdictStatus#NOT_GENUINE}; otherwise
 * {@link VerdictStatus#INCOMPLETE}. So an unconfigured issuer key can never yield a pass.
 *
 * @param checks the checks in the order they were made
 */
public record Verdict(List<Check> checks) {
    /** Copies the list. */
    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The overall status derived from the checks. */
    public VerdictStatus status() {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAILED)) {
            return VerdictStatus.NOT_GENUINE;
        }
        if (checks.isEmpty() || checks.stream().anyMatch(c -> c.status() == CheckStatus.NOT_CHECKED)) {
            return VerdictStatus.INCOMPLETE;
        }
        return VerdictStatus.GENUINE;
    }

    /** Why the status is what it is ({@link VerdictReason#ISSUER_NOT_VERIFIED} when only issuer keys are missing). */
    public VerdictReason reasonCode() {
        return VerdictReason.of(checks);
    }

    /**
     * Finds a check by name.
     *
     * @param name the check name
     * @return the check, or empty when it was not part of this verdict
     */
    public Optional<Check> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
