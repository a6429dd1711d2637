package dev.mynumber.card;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.StatusWord;

/**
 * The one switch that turns the status word of a VERIFY (or of its data-less status query) into a PIN outcome.
 *
 * <p>Spec §4.1 and quirk 5: {@code 9000} accepted; {@code 63Cx} wrong with x tries left; {@code 63C0} on the
 * exhausting try or to a query on a blocked key; {@code 6984} on any VERIFY of a blocked key.
 */
public final class VerifyOutcome {
    private static final int COUNTER_MASK = 0xFFF0;
    private static final int COUNTER_FAMILY = 0x63C0;
    private static final int SUCCESS = 0x9000;
    private static final int BLOCKED = 0x6984;

    private VerifyOutcome() {
    }

    /**
     * Interprets the answer to a VERIFY with data.
     *
     * @param sw what the card answered
     * @throws WrongPinException on {@code 63Cx} with x ≥ 1
     * @throws PinBlockedException on {@code 63C0} or {@code 6984}
     * @throws ApduException any other status word, through {@link StatusWords}
     */
    public static void afterVerify(StatusWord sw) throws ApduException {
        int tries = triesOrMinusOne(sw);
        if (sw.value() == SUCCESS) {
            return;
        }
        if (tries > 0) {
            throw new WrongPinException(tries);
        }
        if (tries == 0) {
            throw new PinBlockedException();
        }
        throw StatusWords.toException(sw);
    }

    /**
     * Interprets the answer to a status query (VERIFY without data, which spends no try).
     *
     * @param sw what the card answered
     * @param maxTries the counter to report when the card answers {@code 9000} (key already verified, so its
     *     counter was reset to the initial value, spec §4)
     * @return the counter; {@code 63C0} and {@code 6984} give a blocked status, not an exception
     * @throws ApduException any other status word, through {@link StatusWords}
     */
    public static PinStatus afterQuery(StatusWord sw, int maxTries) throws ApduException {
        int tries = triesOrMinusOne(sw);
        if (sw.value() == SUCCESS) {
            return new PinStatus(maxTries);
        }
        if (tries >= 0) {
            return new PinStatus(tries);
        }
        if (sw.value() == BLOCKED) {
            return new PinStatus(0);
        }
        throw StatusWords.toException(sw);
    }

    private static int triesOrMinusOne(StatusWord sw) {
        return (sw.value() & COUNTER_MASK) == COUNTER_FAMILY ? sw.value() & 0x0F : -1;
    }
}
