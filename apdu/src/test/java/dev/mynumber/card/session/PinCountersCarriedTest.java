package dev.mynumber.card.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.StatusWord;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.LastTryNotConfirmedException;
import dev.mynumber.card.PinBlockedException;
import dev.mynumber.card.PinCounterException;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.StatusWords;
import dev.mynumber.card.WrongPinException;
import dev.mynumber.card.fixtures.CardScript;
import dev.mynumber.card.jpki.JpkiConstants;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.visualap.VisualApConstants;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The counters travel in the types: a {@link PinStatus} knows its maximum, and every PIN error carries its tries
 * and its key, so no layer above restates them (issue 16).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PinCountersCarriedTest {
    /** JPKI signing password {@code 001B}, named by short id: VERIFY P2 {@code 9B}. */
    private static final String QUERY = "0020009B";
    private static final String VERIFY = "0020009B06414243313233";

    private static ApduException verify(CardScript card, LastTry lastTry) throws Exception {
        try (SigningPassword password = SigningPassword.of("ABC123".toCharArray())) {
            new PinGate(new ApduSession(card, ReadOptions.DEFAULT)).verify(JpkiConstants.SIGN_PASSWORD, password,
                    lastTry);
            return null;
        } catch (ApduException e) {
            return e;
        } finally {
            card.assertComplete();
        }
    }

    @Test
    void aStatusKnowsItsMaximumAndNeverReportsLessThanTheCardSaid() {
        assertEquals(new PinStatus(2, 5), PinStatus.of(JpkiConstants.SIGN_PASSWORD, 2));
        assertEquals(new PinStatus(5, 5), PinStatus.full(JpkiConstants.SIGN_PASSWORD));
        // the visual AP's limit (10) is UNCONFIRMED: a card that reports 12 left is described with 12, not refused
        assertEquals(new PinStatus(12, 12), PinStatus.of(VisualApConstants.CODE_B, 12));
        assertThrows(IllegalArgumentException.class, () -> new PinStatus(4, 3));
    }

    @Test
    void everyPinErrorCarriesItsTriesAndItsKey() throws Exception {
        PinCounterException wrong = assertInstanceOf(WrongPinException.class,
                verify(new CardScript().then(VERIFY, "63C4"), LastTry.ALLOW));
        PinCounterException last = assertInstanceOf(LastTryNotConfirmedException.class,
                verify(new CardScript().then(QUERY, "63C1"), LastTry.REFUSE));
        PinCounterException blocked = assertInstanceOf(PinBlockedException.class,
                verify(new CardScript().then(VERIFY, "6984"), LastTry.ALLOW));
        PinCounterException blockedBefore = assertInstanceOf(PinBlockedException.class,
                verify(new CardScript().then(QUERY, "63C0"), LastTry.REFUSE));
        assertEquals(4, wrong.triesLeft());
        assertEquals(1, last.triesLeft());
        assertEquals(0, blocked.triesLeft());
        assertEquals(0, blockedBefore.triesLeft());
        for (PinCounterException e : new PinCounterException[] {wrong, last, blocked, blockedBefore}) {
            assertEquals(Optional.of(PinKind.SIGN_PASSWORD), e.key(), e.getMessage());
        }
    }

    @Test
    void aBlockedWordToACommandThatNamesNoKeyStillCarriesZeroTries() {
        PinCounterException e = assertInstanceOf(PinBlockedException.class,
                StatusWords.toException(new StatusWord(0x6983)));
        assertEquals(0, e.triesLeft());
        assertEquals(Optional.empty(), e.key());
    }
}
