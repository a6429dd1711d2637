package dev.mynumber.agent.verification;

/** The outcome of one verification check. */
public enum CheckStatus {
    /** The check ran and succeeded. */
    PASSED,
    /** The check ran and failed. */
    FAILED,
    /** The check did not run; the reason says why. */
    NOT_CHECKED
}
