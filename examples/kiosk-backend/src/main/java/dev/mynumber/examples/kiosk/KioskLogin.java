package dev.mynumber.examples.kiosk;

import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.AuthTokenVerifier;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.InMemoryNonceStore;
import dev.mynumber.verifier.NonceStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kiosk's login logic, free of HTTP: one nonce per session, and the token checked against the nonce this
 * session was given (single use) and against this site's own origin.
 */
public final class KioskLogin {
    private final NonceStore nonces;
    private final AuthTokenVerifier verifier;
    private final Map<String, byte[]> sessions = new ConcurrentHashMap<>();

    /**
     * Creates the login.
     *
     * @param certificates checks the card's certificate (J-LIS roots, CRLs or OCSP, clock)
     * @param origin this site's origin, as the browser sends it, e.g. {@code https://kiosk.example.jp}
     * @param clock the clock nonces expire by
     */
    public KioskLogin(CertificateVerifier certificates, String origin, Clock clock) {
        this.nonces = new InMemoryNonceStore(clock, Duration.ofMinutes(5));
        this.verifier = new AuthTokenVerifier(certificates, nonces, origin);
    }

    /** Issues a fresh nonce for a session, replacing any earlier one. */
    public byte[] issueNonce(String session) {
        byte[] nonce = nonces.issue();
        sessions.put(session, nonce);
        return nonce;
    }

    /**
     * Checks a token; the session's nonce is used up whatever the result.
     *
     * @return the verdict, or empty when this session has no nonce (none issued, or already used)
     */
    public Optional<AuthTokenVerdict> login(String session, AuthToken token) {
        byte[] nonce = sessions.remove(session);
        return nonce == null ? Optional.empty() : Optional.of(verifier.verify(token, nonce));
    }
}
