package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.StatusWord;
import java.util.Optional;

/**
 * What the answer to a VERIFY (or to its data-less status query) means for the PIN.
 *
 * <p>{@link #of(StatusWord)} is the one switch from a VERIFY status word to a PIN outcome (spec §4.1, quirk 5):
 * {@code 9000} accepted; {@code 63Cx} wrong with x tries left; {@code 63C0} blocked (exhausting try, or a query
 * on a blocked key); {@code 6984}/{@code 6983} blocked ({@link StatusWords#blocksKey}); anything else goes to
 * {@link StatusWords}. A query answering {@code 9000} (some cards, after a successful VERIFY, spec §4.1) means
 * the counter is full.
 *
 * @param result the kind of outcome
 * @param triesLeft tries left for {@link Result#WRONG} and {@link Result#BLOCKED} (0); -1 otherwise
 * @param statusWord the card's answer
 */
public record VerifyOutcome(Result result, int triesLeft, StatusWord statusWord) {
    private static final int COUNTER_MASK = 0xFFF0;
    private static final int COUNTER_FAMILY = 0x63C0;
    private static final int SUCCESS = 0x9000;

    /** The kinds of VERIFY outcome. */
    public enum Result {
        /** Accepted ({@code 9000}); for a query: already verified. */
        ACCEPTED,
        /** Wrong value, tries remain. */
        WRONG,
        /** The key is blocked. */
        BLOCKED,
        /** Not a PIN outcome: mapped by {@link StatusWords}. */
        OTHER
    }

    /**
     * Classifies a VERIFY status word: the one switch.
     *
     * @param sw what the card answered
     * @return the outcome
     */
    public static VerifyOutcome of(StatusWord sw) {
        if (StatusWords.blocksKey(sw)) {
            return new VerifyOutcome(Result.BLOCKED, 0, sw);
        }
        int value = sw.value();
        int family = (value & COUNTER_MASK) == COUNTER_FAMILY ? COUNTER_FAMILY : value;
        switch (family) {
            case SUCCESS:
                return new VerifyOutcome(Result.ACCEPTED, -1, sw);
            case COUNTER_FAMILY:
                int tries = value & ~COUNTER_MASK;
                return new VerifyOutcome(tries == 0 ? Result.BLOCKED : Result.WRONG, tries, sw);
            default:
                return new VerifyOutcome(Result.OTHER, -1, sw);
        }
    }

    /**
     * Interprets the answer to a VERIFY with data: returns on success, else throws an error carrying the tries.
     *
     * @param sw what the card answered
     * @param key the key the VERIFY named
     * @throws WrongPinException on {@code 63Cx} with x ≥ 1
     * @throws PinBlockedException on {@code 63C0}, {@code 6983} or {@code 6984}
     * @throws ApduException any other status word, through {@link StatusWords}
     */
    public static void afterVerify(StatusWord sw, KeyRef key) throws ApduException {
        VerifyOutcome outcome = of(sw);
        switch (outcome.result) {
            case ACCEPTED:
                return;
            case WRONG:
                throw new WrongPinException(key.kind(), outcome.triesLeft);
            case BLOCKED:
                throw new PinBlockedException(key.kind());
            default:
                throw StatusWords.toException(sw);
        }
    }

    /**
     * The counter this answer tells for a key: {@code 9000} = full (a VERIFY succeeded, or a query on a key
     * already verified, spec §4.1), {@code 63Cx} = x left, blocked = 0; empty when the answer does not tell it.
     *
     * @param key the key the VERIFY or query named
     * @return the counter with the key's maximum
     */
    public Optional<PinStatus> counter(KeyRef key) {
        return switch (result) {
            case ACCEPTED -> Optional.of(PinStatus.full(key));
            case WRONG, BLOCKED -> Optional.of(PinStatus.of(key, triesLeft));
            case OTHER -> Optional.empty();
        };
    }

    /**
     * Interprets the answer to a status query (VERIFY without data, which spends no try).
     *
     * @param sw what the card answered
     * @param key the key queried; on {@code 9000} (already verified) its counter is full
     * @return the counter; blocked answers give 0 rather than an exception
     * @throws ApduException any other status word, through {@link StatusWords}
     */
    public static PinStatus afterQuery(StatusWord sw, KeyRef key) throws ApduException {
        Optional<PinStatus> counter = of(sw).counter(key);
        if (counter.isEmpty()) {
            throw StatusWords.toException(sw);
        }
        return counter.get();
    }
}
