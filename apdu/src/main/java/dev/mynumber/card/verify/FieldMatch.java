package dev.mynumber.card.verify;

/**
 * How one attribute on the card compares with the record counter staff hold; carries no personal values.
 *
 * @param field {@code name}, {@code address}, {@code birthDate} or {@code sex}
 * @param result the comparison result
 */
public record FieldMatch(String field, Result result) {
    /** The outcome of comparing one field. */
    public enum Result {
        /** Identical strings or dates. */
        SAME,
        /** Equal after width, space and dash normalisation (e.g. 全角/半角 digits, U+3000 vs space). */
        EQUIVALENT,
        /** Different even after normalisation: the staff must look. */
        DIFFERENT,
        /** Either side has no value for this field (a blank held value counts as none). */
        NOT_COMPARED
    }
}
