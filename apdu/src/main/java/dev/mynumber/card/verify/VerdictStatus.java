package dev.mynumber.card.verify;

/** The overall result of a {@link Verdict}. */
public enum VerdictStatus {
    /** Every check was made and passed. */
    GENUINE,
    /** At least one check failed: do not trust the data. */
    NOT_GENUINE,
    /** Nothing failed, but at least one check was not made (or there were no checks): not proven genuine. */
    INCOMPLETE
}
