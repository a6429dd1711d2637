package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.StatusWord;

/**
 * The card answered a status word that ends the operation; the error carries the status word and its code.
 *
 * <p>Built only by {@link StatusWords#toException(StatusWord)}, the one status-word-to-error mapping, and for
 * cards that lack what an operation needs ({@link ErrorCode#UNSUPPORTED_CARD}).
 */
public final class CardStatusException extends ApduException {
    private final StatusWord statusWord;

    /**
     * Creates the error.
     *
     * @param statusWord what the card answered
     * @param code the stable code it maps to
     * @param message a description without card content
     */
    public CardStatusException(StatusWord statusWord, ErrorCode code, String message) {
        super(code, message + " (SW " + String.format("%04X", statusWord.value()) + ")");
        this.statusWord = statusWord;
    }

    /**
     * Creates the error with the generic message of its code.
     *
     * @param statusWord what the card answered
     * @param code the stable code it maps to
     */
    public CardStatusException(StatusWord statusWord, ErrorCode code) {
        this(statusWord, code, "card answered " + code);
    }

    /** The status word the card answered. */
    public StatusWord statusWord() {
        return statusWord;
    }
}
