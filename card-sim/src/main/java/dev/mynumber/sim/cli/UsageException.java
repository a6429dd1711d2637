package dev.mynumber.sim.cli;

/** A command line that does not follow the usage; the message says what is wrong. Code: {@value #CODE}. */
public final class UsageException extends Exception {
    /** The stable error code of every usage error. */
    public static final String CODE = "CLI_USAGE";

    UsageException(String message) {
        super(message);
    }

    /** Returns the stable error code {@value #CODE}. */
    public String code() {
        return CODE;
    }
}
