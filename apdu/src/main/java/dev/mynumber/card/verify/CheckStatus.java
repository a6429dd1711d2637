package dev.mynumber.card.verify;

/** The outcome of one verification check. */
public enum CheckStatus {
    /** The check was made and the data is as the issuer signed it. */
    PASSED,
    /** The check was made and failed: the data, signature or key does not match. */
    FAILED,
    /** The check could not be made (data not read, key not configured); proves nothing either way. */
    NOT_CHECKED
}
