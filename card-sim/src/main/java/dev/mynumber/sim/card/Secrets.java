package dev.mynumber.sim.card;

import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;

/**
 * The secret values of the card: those of {@link CardContents}, overlaid by values changed with CHANGE
 * REFERENCE DATA or CHANGE KEY.
 *
 * <p>Changed values live in memory only: they are lost when the {@link MyNumberCardSim} is discarded
 * (the state file holds try counters, never secrets).
 */
final class Secrets {
    private final CardContents contents;
    private final Map<CardSecret, byte[]> changed = new EnumMap<>(CardSecret.class);

    Secrets(CardContents contents) {
        this.contents = contents;
    }

    /** Tells whether a presented value equals the secret (constant-time comparison). */
    boolean matches(CardSecret s, byte[] presented) {
        byte[] value = changed.get(s);
        return value == null ? contents.matches(s, presented) : MessageDigest.isEqual(value, presented);
    }

    /** Replaces the secret's value. */
    void change(CardSecret s, byte[] newValue) {
        changed.put(s, newValue.clone());
    }
}
