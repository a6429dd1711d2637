package dev.mynumber.sim.card;

import java.security.PrivateKey;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that makes one simulated card differ from another: file bytes, private keys, secret values
 * and the initial try counters.
 *
 * <p>Built by the persona layer, consumed by the card engine. A file, key or secret that is absent does
 * not exist on this card (e.g. a child's card has no signing certificate). Arrays are copied in and out.
 */
public final class CardContents {
    private final Map<CardFile, byte[]> files;
    private final Map<CardKey, PrivateKey> keys;
    private final Map<CardSecret, byte[]> secrets;
    private final Map<CardSecret, Integer> initialTries;

    /**
     * Creates the contents of one card.
     *
     * @param files physical bytes of each file (filler included)
     * @param keys RSA private keys
     * @param secrets secret values exactly as a correct VERIFY carries them (ASCII bytes)
     * @param initialTries tries left on a fresh card where not the maximum (0 = blocked)
     */
    public CardContents(Map<CardFile, byte[]> files, Map<CardKey, PrivateKey> keys,
            Map<CardSecret, byte[]> secrets, Map<CardSecret, Integer> initialTries) {
        this.files = new EnumMap<>(CardFile.class);
        files.forEach((f, b) -> this.files.put(f, b.clone()));
        this.keys = new EnumMap<>(CardKey.class);
        this.keys.putAll(keys);
        this.secrets = new EnumMap<>(CardSecret.class);
        secrets.forEach((s, b) -> this.secrets.put(s, b.clone()));
        this.initialTries = new EnumMap<>(CardSecret.class);
        this.initialTries.putAll(initialTries);
    }

    /** Returns the bytes of a file, if the card has it. */
    public Optional<byte[]> file(CardFile file) {
        return Optional.ofNullable(files.get(file)).map(byte[]::clone);
    }

    /** Returns a private key, if the card has it. */
    public Optional<PrivateKey> key(CardKey key) {
        return Optional.ofNullable(keys.get(key));
    }

    /** Tells whether a presented value equals the secret (constant time); false if the secret is absent. */
    public boolean matches(CardSecret secret, byte[] presented) {
        byte[] expected = secrets.get(secret);
        return expected != null && java.security.MessageDigest.isEqual(expected, presented);
    }

    /** Tells whether the card has this key reference. */
    public boolean hasSecret(CardSecret secret) {
        return secrets.containsKey(secret);
    }

    /** Returns the tries left on a fresh card for a secret (its maximum unless the persona says otherwise). */
    public int initialTries(CardSecret secret) {
        return initialTries.getOrDefault(secret, secret.maxTries());
    }

    @Override
    public String toString() {
        return "CardContents" + Arrays.toString(files.keySet().toArray()) + " [secrets redacted]";
    }
}
