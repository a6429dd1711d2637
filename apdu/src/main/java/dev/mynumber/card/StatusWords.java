package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.StatusWord;

/**
 * The one place that maps a card's status word to an error (spec §4.1); every application class calls it.
 *
 * <p>VERIFY answers go through {@link VerifyOutcome} first, which handles {@code 63Cx} and delegates here.
 */
public final class StatusWords {
    private static final int AUTHENTICATION_BLOCKED = 0x6983;
    private static final int REFERENCE_DATA_BLOCKED = 0x6984;

    private StatusWords() {
    }

    /**
     * Throws the error for a non-success status word; returns normally on {@code 9000}.
     *
     * @param sw what the card answered
     * @throws ApduException the mapped error
     */
    public static void check(StatusWord sw) throws ApduException {
        if (!sw.isSuccess()) {
            throw toException(sw);
        }
    }

    /**
     * Whether the word says the key is blocked: {@code 6984} (reference data not usable, the card's answer
     * [MC-err]) or {@code 6983} (authentication method blocked, ISO 7816-4, which other cards send). The one
     * list of blocked words; {@link VerifyOutcome} asks it too.
     *
     * @param sw what the card answered
     * @return true for {@code 6983} and {@code 6984}
     */
    public static boolean blocksKey(StatusWord sw) {
        return sw.value() == AUTHENTICATION_BLOCKED || sw.value() == REFERENCE_DATA_BLOCKED;
    }

    /**
     * Maps a non-success status word to its error.
     *
     * @param sw what the card answered (not {@code 9000})
     * @return the error to throw
     */
    public static ApduException toException(StatusWord sw) {
        if (blocksKey(sw)) {
            return new PinBlockedException();
        }
        switch (sw.value()) {
            case 0x6982:
                return new CardStatusException(sw, ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                        "the operation needs a PIN that has not been verified");
            case 0x6985:
                return new CardStatusException(sw, ErrorCode.CONDITIONS_NOT_SATISFIED,
                        "the card refused the command in its current state");
            case 0x6A82:
            case 0x6A88: // referenced data (key or record) not found
                return new CardStatusException(sw, ErrorCode.FILE_NOT_FOUND,
                        "the application, file or key does not exist on this card");
            case 0x6700:
                return new CardStatusException(sw, ErrorCode.WRONG_LENGTH, "the card refused the length");
            default:
                return new CardStatusException(sw, ErrorCode.UNEXPECTED_STATUS, "unexpected status word");
        }
    }
}
