package dev.mynumber.agent;

/**
 * Stable error codes the agent adds to the card client's {@code dev.mynumber.apdu.ErrorCode}s.
 *
 * <p>Both sets share one namespace in the HTTP error body {@code {code, message, triesLeft?, hint?}}; the
 * HTTP status of each is documented in docs/api.md. Never rename a code.
 */
public enum AgentCode {
    /** No reader of that name is attached. */
    NO_READER(404),
    /** The reader holds no card. */
    NO_CARD(409),
    /** Another operation holds the reader longer than the configured wait. */
    BUSY(409),
    /** The operation took longer than the configured timeout. */
    TIMEOUT(504),
    /** The request body or a parameter is malformed. */
    BAD_REQUEST(400),
    /** No such resource (route, persona, pairing). */
    NOT_FOUND(404),
    /** The request's Origin is neither the agent's own nor on the allow-list. */
    FORBIDDEN_ORIGIN(403),
    /** The request's Host header is not the agent's own loopback name and port (DNS rebinding). */
    FORBIDDEN_HOST(403),
    /** The request lacks a valid credential (token file, session or pairing). */
    UNAUTHORIZED(401),
    /** PC/SC (pcscd) is not available. */
    PCSC_UNAVAILABLE(503),
    /** The endpoint exists only when the agent runs with {@code --simulator}. */
    SIMULATOR_ONLY(404),
    /** The request body, URL or headers are larger than the agent accepts (413, 414 or 431). */
    REQUEST_TOO_LARGE(413),
    /** Too many requests of a kind (pairing) in a short time; retry after the {@code Retry-After} seconds. */
    RATE_LIMITED(429),
    /** An unexpected failure inside the agent; details only in the log. */
    INTERNAL(500);

    private final int status;

    AgentCode(int status) {
        this.status = status;
    }

    /** The HTTP status this code is answered with. */
    public int status() {
        return status;
    }
}
