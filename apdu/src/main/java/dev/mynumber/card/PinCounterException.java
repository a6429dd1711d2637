package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import java.util.Optional;

/**
 * A card error about one key's retry counter; it carries the tries left and, where known, the key.
 *
 * <p>Like yubikit's typed PIN exceptions, the error holds the fact itself (even 0), so the HTTP layer and the
 * browser read the tries from it instead of restating them per code: {@link WrongPinException} (x ≥ 1 left),
 * {@link LastTryNotConfirmedException} (1 left, nothing sent) and {@link PinBlockedException} (0 left).
 */
public abstract sealed class PinCounterException extends ApduException
        permits WrongPinException, LastTryNotConfirmedException, PinBlockedException {
    private final PinKind key;
    private final int triesLeft;

    /**
     * Creates the error.
     *
     * @param code the stable code
     * @param message a description without the PIN
     * @param key the key, or null when the card's answer does not name it
     * @param triesLeft the tries left
     */
    PinCounterException(ErrorCode code, String message, PinKind key, int triesLeft) {
        super(code, message);
        this.key = key;
        this.triesLeft = triesLeft;
    }

    /** The tries left on the key (0 when blocked). */
    public int triesLeft() {
        return triesLeft;
    }

    /** The key whose counter this is; empty when the card answered "blocked" to a command that names no key. */
    public Optional<PinKind> key() {
        return Optional.ofNullable(key);
    }
}
