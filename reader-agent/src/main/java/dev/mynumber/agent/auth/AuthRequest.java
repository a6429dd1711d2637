package dev.mynumber.agent.auth;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.verifier.AuthToken;
import java.net.URI;
import java.util.Objects;

/**
 * What an authentication is asked with: the 利用者証明用暗証番号 and either a raw challenge or a server nonce bound
 * to an origin. The factories check the input, so a bad one is refused before any card access.
 *
 * <p>The caller owns the PIN and closes it after the operation.
 *
 * @param pin the 利用者証明用暗証番号
 * @param lastTry whether the last try may be spent
 * @param data what the card signs the SHA-256 of: the challenge, or {@code SHA-256(origin) || SHA-256(nonce)}
 * @param origin the origin the token is bound to (nonce mode), or null (raw-challenge mode)
 */
public record AuthRequest(Pin4 pin, LastTry lastTry, byte[] data, String origin) {
    /** Shortest challenge accepted. */
    static final int MIN_CHALLENGE = 1;
    /** Longest challenge or nonce accepted. */
    static final int MAX_CHALLENGE = 1024;
    /** Shortest server nonce: 256 bits (issue 5, item 4). */
    static final int MIN_NONCE = 32;

    /** Copies the data in; rejects nulls but the origin. */
    public AuthRequest {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(lastTry, "lastTry");
        data = Objects.requireNonNull(data, "data").clone();
    }

    /**
     * The raw-challenge mode of earlier clients: the card signs SHA-256(challenge).
     *
     * @param pin the PIN
     * @param challenge the caller's challenge, 1 to 1024 bytes
     * @param lastTry whether the last try may be spent
     * @return the request
     * @throws ApduException {@code INVALID_ARGUMENT} for a challenge outside 1..1024 bytes
     */
    public static AuthRequest challenge(Pin4 pin, byte[] challenge, LastTry lastTry) throws ApduException {
        checkChallenge(challenge);
        return new AuthRequest(pin, lastTry, challenge, null);
    }

    /**
     * The nonce mode: the card signs {@code SHA-256(origin) || SHA-256(nonce)} and the answer carries an
     * origin-bound {@code AuthToken} (docs/verification.md §3).
     *
     * @param pin the PIN
     * @param origin the web origin the agent saw ({@code Origin} header) or a native client declared
     * @param nonce the server's nonce, 32 to 1024 bytes
     * @param lastTry whether the last try may be spent
     * @return the request
     * @throws ApduException {@code INVALID_ARGUMENT} naming the rule broken
     */
    public static AuthRequest token(Pin4 pin, String origin, byte[] nonce, LastTry lastTry) throws ApduException {
        checkTokenInput(origin, nonce);
        return new AuthRequest(pin, lastTry, AuthToken.dataToSign(origin, nonce), origin);
    }

    /** A copy of the data to sign. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /**
     * Refuses a raw challenge outside 1..1024 bytes.
     *
     * @param challenge the caller's challenge
     * @throws ApduException {@code INVALID_ARGUMENT}
     */
    public static void checkChallenge(byte[] challenge) throws ApduException {
        if (challenge == null || challenge.length < MIN_CHALLENGE || challenge.length > MAX_CHALLENGE) {
            throw Failures.invalidArgument("the challenge must be 1 to 1024 bytes");
        }
    }

    /**
     * Refuses a nonce outside 32..1024 bytes or an origin that is not {@code scheme://host[:port]}.
     *
     * @param origin the origin the token will be bound to
     * @param nonce the server's nonce
     * @throws ApduException {@code INVALID_ARGUMENT} naming the rule broken
     */
    public static void checkTokenInput(String origin, byte[] nonce) throws ApduException {
        if (nonce == null || nonce.length < MIN_NONCE || nonce.length > MAX_CHALLENGE) {
            throw Failures.invalidArgument("the nonce must be 32 to 1024 bytes (at least 256 bits)");
        }
        if (!isOrigin(origin)) {
            throw Failures.invalidArgument("the origin must be scheme://host[:port]");
        }
    }

    /** {@code scheme://host[:port]}, nothing else, as browsers send {@code Origin} (RFC 6454). */
    static boolean isOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Never prints the PIN or the data. */
    @Override
    public String toString() {
        return "AuthRequest[" + (origin == null ? "challenge" : "token") + " mode, " + lastTry + "]";
    }
}
