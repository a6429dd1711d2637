package dev.mynumber.card;

/**
 * The retry counter of one PIN or 照合番号 key reference, read without spending a try.
 *
 * @param triesLeft tries left before the key blocks (0 = blocked)
 */
public record PinStatus(int triesLeft) {
    /** Validates the counter. */
    public PinStatus {
        if (triesLeft < 0 || triesLeft > 15) {
            throw new IllegalArgumentException("tries left out of range 0..15: " + triesLeft);
        }
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
