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
        /**
         * Equal after normalisation only: width (全角/半角), spaces, dash forms, an address's 丁目/番地/番/号 written as
         * hyphens, a date in another writing (e.g. {@code S60.4.12}).
         */
        EQUIVALENT,
        /** Different even after normalisation: the staff must look. */
        DIFFERENT,
        /** Either side has no value for this field (a blank held value counts as none). */
        NOT_COMPARED,
        /** The held value could not be read (a date in no accepted writing, or a day that does not exist). */
        UNREADABLE
    }
}
