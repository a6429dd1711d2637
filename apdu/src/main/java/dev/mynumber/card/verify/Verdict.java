package dev.mynumber.card.verify;

import java.util.List;

/**
 * The checks made on one card and their overall status (判定).
 *
 * <p>The status is {@link VerdictStatus#GENUINE} only when there is at least one check and every check
 * {@link CheckStatus#PASSED}; any failure gives {@link VerdictStatus#NOT_GENUINE}; otherwise
 * {@link VerdictStatus#INCOMPLETE} (the rule of {@link CheckStatus#of(List)}). So an unconfigured issuer key can
 * never yield a pass.
 *
 * @param checks the checks in the order they were made
 */
public record Verdict(List<Check> checks) implements CheckedVerdict {
    /** Copies the list. */
    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The overall status derived from the checks, in the card-data words. */
    public VerdictStatus status() {
        return OutcomeWord.of(VerdictStatus.class, outcome());
    }
}
