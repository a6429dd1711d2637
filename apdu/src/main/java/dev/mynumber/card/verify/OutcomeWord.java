package dev.mynumber.card.verify;

/**
 * A reader's word for a {@link CheckStatus}: one outcome, worded per verdict.
 *
 * <p>The card data is {@code GENUINE} ({@link VerdictStatus}), a certificate {@code VALID}, a revocation
 * {@code GOOD}, the pages' verdict {@code VERIFIED}: each is an enum whose constants stand for the three outcomes,
 * so a word is always derived from the outcome by {@link #of(Class, CheckStatus)} and never switched on as text.
 */
public interface OutcomeWord {
    /** The outcome this word stands for. */
    CheckStatus outcome();

    /**
     * The word of an enum for an outcome.
     *
     * @param words the enum whose constants word the outcomes (one constant per outcome)
     * @param outcome the outcome
     * @param <E> the word type
     * @return the constant standing for {@code outcome}
     * @throws IllegalArgumentException if the enum has no word for it
     */
    static <E extends Enum<E> & OutcomeWord> E of(Class<E> words, CheckStatus outcome) {
        for (E word : words.getEnumConstants()) {
            if (word.outcome() == outcome) {
                return word;
            }
        }
        throw new IllegalArgumentException(words.getSimpleName() + " has no word for " + outcome);
    }
}
