package dev.mynumber.verifier;

/**
 * A trust anchor or CRL file could not be read or parsed. Code {@code VERIFICATION_CONFIG}; the message names
 * the file, never its contents.
 */
public final class VerificationConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the error. */
    public VerificationConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The stable error code. */
    public String code() {
        return "VERIFICATION_CONFIG";
    }
}
