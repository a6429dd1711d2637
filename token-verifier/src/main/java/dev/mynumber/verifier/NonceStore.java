package dev.mynumber.verifier;

/**
 * Server-side nonces (チャレンジ) for {@link AuthTokenVerifier}: issued fresh, accepted once, within their lifetime.
 *
 * <p>A multi-server deployment implements this over its shared store (e.g. the session).
 */
public interface NonceStore {
    /** Issues a new random nonce of at least 32 bytes (256 bits) and remembers it. */
    byte[] issue();

    /**
     * Consumes a nonce: true only the first time it is presented and while it is still fresh.
     *
     * @param nonce the nonce the client echoes
     * @return whether it was issued here, is unexpired and was not used before
     */
    boolean consume(byte[] nonce);
}
