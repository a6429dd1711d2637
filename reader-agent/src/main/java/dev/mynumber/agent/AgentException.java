package dev.mynumber.agent;

/**
 * An agent-level failure with a stable {@link AgentCode}; the HTTP layer maps it to the JSON error body.
 *
 * <p>Messages never contain PINs, My Numbers, personal attributes or certificate contents.
 */
public final class AgentException extends RuntimeException {
    private final AgentCode code;

    /**
     * Creates the error.
     *
     * @param code the stable code
     * @param message a non-personal message for humans
     */
    public AgentException(AgentCode code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * Creates the error with a cause kept for the log.
     *
     * @param code the stable code
     * @param message a non-personal message for humans
     * @param cause the underlying failure
     */
    public AgentException(AgentCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The stable code. */
    public AgentCode code() {
        return code;
    }
}
