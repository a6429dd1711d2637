package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.logging.LogGuard;
import dev.mynumber.agent.operation.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials that let a request reach a card: the file token, own-page sessions, paired origins.
 *
 * <p>Tokens live in memory only (besides the token file); a restart invalidates sessions and pairings.
 */
public final class Credentials {
    /** How long an unconfirmed pairing stays valid. */
    static final Duration PAIRING_TTL = Duration.ofMinutes(5);
    /** How many own-page sessions stay valid at once. */
    static final int MAX_SESSIONS = 64;
    private final java.util.Deque<String> sessions = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final String nativeToken;
    private final Map<String, Caller> issued = new ConcurrentHashMap<>();
    private final Pairings pairings;

    /**
     * Creates the store.
     *
     * @param nativeToken the token written to the token file
     * @param clock for pairing expiry
     */
    public Credentials(String nativeToken, Clock clock) {
        this.nativeToken = nativeToken;
        LogGuard.protect(nativeToken);
        this.pairings = new Pairings(clock, PAIRING_TTL);
    }

    /**
     * Checks a bearer token; a paired token counts only from its own origin.
     *
     * @param token the bearer token (may be null)
     * @param origin the request's Origin header (may be null)
     * @return the principal, or empty
     */
    public Optional<Caller> authenticate(String token, String origin) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        if (Tokens.same(token, nativeToken)) {
            return Optional.of(new Caller(Caller.Kind.NATIVE, null));
        }
        for (Map.Entry<String, Caller> entry : issued.entrySet()) {
            if (Tokens.same(token, entry.getKey())) {
                Caller p = entry.getValue();
                boolean originOk = p.kind() != Caller.Kind.PAIRED || p.origin().equals(origin);
                return originOk ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Issues an own-page session token (the caller has checked the request is same-origin); only the
     * newest {@value #MAX_SESSIONS} sessions stay valid, so the store cannot grow without bound.
     */
    public String newSession() {
        String token = Tokens.random();
        LogGuard.protect(token);
        issued.put(token, new Caller(Caller.Kind.OWN_PAGE, null));
        sessions.addLast(token);
        while (sessions.size() > MAX_SESSIONS) {
            String oldest = sessions.pollFirst();
            if (oldest != null) {
                issued.remove(oldest);
                LogGuard.release(oldest);
            }
        }
        return token;
    }

    /** Starts a pairing for an allow-listed origin; RATE_LIMITED beyond the limits of {@link Pairings}. */
    public Pairing startPairing(String origin) {
        return pairings.add(origin, Tokens.random(), Tokens.shortCode());
    }

    /** Seconds a rate-limited origin should wait before asking again (for {@code Retry-After}). */
    public long retryAfterSeconds(String origin) {
        return pairings.retryAfterSeconds(origin);
    }

    /** The pairings awaiting confirmation (expired ones dropped). */
    public List<Pairing> pending() {
        return pairings.unconfirmed();
    }

    /** Confirms a pairing (only the agent's own page may call this). */
    public Pairing confirm(String id) {
        Pairing p = pairings.get(id);
        if (p == null) {
            throw new AgentException(AgentCode.NOT_FOUND, "no such pairing");
        }
        Pairing done = p.confirm(Tokens.random());
        LogGuard.protect(done.token());
        pairings.put(done);
        issued.put(done.token(), new Caller(Caller.Kind.PAIRED, done.origin()));
        return done;
    }

    /**
     * Hands out a confirmed pairing's token once, to the origin that asked for it.
     *
     * @return the token, or empty while unconfirmed
     */
    public Optional<String> collect(String id, String origin) {
        Pairing p = pairings.get(id);
        if (p == null || !p.origin().equals(origin)) {
            throw new AgentException(AgentCode.NOT_FOUND, "no such pairing");
        }
        if (!p.confirmed()) {
            return Optional.empty();
        }
        pairings.remove(id);
        return Optional.of(p.token());
    }
}
