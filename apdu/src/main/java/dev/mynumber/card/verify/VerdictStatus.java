package dev.mynumber.card.verify;

/** The overall result of a card-data {@link Verdict}: the card-data words for a {@link CheckStatus}. */
public enum VerdictStatus implements OutcomeWord {
    /** Every check was made and passed. */
    GENUINE(CheckStatus.PASSED),
    /** At least one check failed: do not trust the data. */
    NOT_GENUINE(CheckStatus.FAILED),
    /** Nothing failed, but at least one check was not made (or there were no checks): not proven genuine. */
    INCOMPLETE(CheckStatus.NOT_CHECKED);

    private final CheckStatus outcome;

    VerdictStatus(CheckStatus outcome) {
        this.outcome = outcome;
    }

    @Override
    public CheckStatus outcome() {
        return outcome;
    }
}
