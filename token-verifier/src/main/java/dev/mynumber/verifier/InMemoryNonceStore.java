package dev.mynumber.verifier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link NonceStore} in one JVM: 32-byte SecureRandom nonces with a lifetime, removed on first use. */
public final class InMemoryNonceStore implements NonceStore {
    /** 256 bits, the minimum the token scheme requires. */
    public static final int NONCE_LENGTH = 32;

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;

    /**
     * Creates the store.
     *
     * @param clock the time source for freshness
     * @param lifetime how long a nonce may be used after issue (e.g. five minutes)
     */
    public InMemoryNonceStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public byte[] issue() {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        expiries.put(HexFormat.of().formatHex(nonce), clock.instant().plus(lifetime));
        return nonce;
    }

    @Override
    public boolean consume(byte[] nonce) {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> expiry.isBefore(now));
        Instant expiry = expiries.remove(HexFormat.of().formatHex(nonce));
        return expiry != null && !expiry.isBefore(now);
    }
}
