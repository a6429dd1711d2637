package dev.mynumber.card;

/**
 * The retry counter of one PIN or 照合番号 key reference, read without spending a try, and its maximum.
 *
 * <p>Like yubikit's {@code PinMetadata(total, remaining)}, the status carries the whole fact, so no layer above
 * restates a retry limit. The maximum is the card profile's limit ({@link KeyRef#maxTries()}): confirmed for the
 * PINs and the signing password (spec §4), UNCONFIRMED for the 照合番号 and birth-date keys (the spec's reported
 * 10), and never less than the counter the card itself reported, so a card with a larger counter is still
 * described truthfully.
 *
 * @param triesLeft tries left before the key blocks (0 = blocked)
 * @param maxTries the counter after a successful VERIFY; at least {@code triesLeft}
 */
public record PinStatus(int triesLeft, int maxTries) {
    /** The largest counter a {@code 63Cx} answer can carry. */
    private static final int COUNTER_LIMIT = 15;

    /** Validates the counter and its maximum. */
    public PinStatus {
        if (triesLeft < 0 || triesLeft > COUNTER_LIMIT) {
            throw new IllegalArgumentException("tries left out of range 0..15: " + triesLeft);
        }
        if (maxTries < triesLeft || maxTries > COUNTER_LIMIT) {
            throw new IllegalArgumentException("maximum " + maxTries + " out of range " + triesLeft + "..15");
        }
    }

    /**
     * The counter a card reported for a key, with the key's maximum (raised to the counter if the card has more).
     *
     * @param key the key reference, which gives the profile's maximum
     * @param triesLeft the counter the card reported
     * @return the status
     */
    public static PinStatus of(KeyRef key, int triesLeft) {
        return new PinStatus(triesLeft, Math.max(key.maxTries(), triesLeft));
    }

    /**
     * A full counter: the key was just verified, so the card reset it to its maximum (spec §4).
     *
     * @param key the key reference
     * @return the status with every try left
     */
    public static PinStatus full(KeyRef key) {
        return of(key, key.maxTries());
    }

    /** Whether the key is blocked (no try left). */
    public boolean blocked() {
        return triesLeft == 0;
    }

    /** Whether exactly one try is left, so a wrong value would block the key. */
    public boolean lastTry() {
        return triesLeft == 1;
    }
}
