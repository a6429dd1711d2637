package dev.mynumber.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.StatusWord;
import dev.mynumber.card.jpki.JpkiConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {
    @ParameterizedTest
    @CsvSource({
        "6982, SECURITY_STATUS_NOT_SATISFIED", "6985, CONDITIONS_NOT_SATISFIED", "6A82, FILE_NOT_FOUND",
        "6A88, FILE_NOT_FOUND", "6700, WRONG_LENGTH", "6984, PIN_BLOCKED", "6983, PIN_BLOCKED",
        "6A86, UNEXPECTED_STATUS", "6D00, UNEXPECTED_STATUS", "6981, UNEXPECTED_STATUS", "6B00, UNEXPECTED_STATUS",
    })
    void mapsEachStatusWordToOneCode(String sw, ErrorCode code) {
        ApduException e = StatusWords.toException(new StatusWord(Integer.parseInt(sw, 16)));
        assertEquals(code, e.code());
        if (e instanceof CardStatusException cse) {
            assertEquals(Integer.parseInt(sw, 16), cse.statusWord().value());
            assertEquals(true, e.getMessage().contains(sw));
        }
    }

    @Test
    void successPasses() throws ApduException {
        StatusWords.check(new StatusWord(0x9000));
    }

    @Test
    void queryMapsCountersAndBlocked() throws ApduException {
        assertEquals(new PinStatus(5, 5),
                VerifyOutcome.afterQuery(new StatusWord(0x63C5), JpkiConstants.SIGN_PASSWORD));
        assertEquals(new PinStatus(0, 5),
                VerifyOutcome.afterQuery(new StatusWord(0x63C0), JpkiConstants.SIGN_PASSWORD));
        assertEquals(new PinStatus(0, 5),
                VerifyOutcome.afterQuery(new StatusWord(0x6984), JpkiConstants.SIGN_PASSWORD));
        assertInstanceOf(CardStatusException.class, org.junit.jupiter.api.Assertions.assertThrows(ApduException.class,
                () -> VerifyOutcome.afterQuery(new StatusWord(0x6A82), JpkiConstants.SIGN_PASSWORD)));
    }

    @ParameterizedTest
    @CsvSource({
        "9000, ACCEPTED, -1", "63C3, WRONG, 3", "63C1, WRONG, 1", "63CF, WRONG, 15", "63C0, BLOCKED, 0",
        "6984, BLOCKED, 0", "6983, BLOCKED, 0", "6300, OTHER, -1", "6982, OTHER, -1", "6A82, OTHER, -1",
    })
    void theOneVerifySwitch(String sw, VerifyOutcome.Result result, int tries) {
        VerifyOutcome outcome = VerifyOutcome.of(new StatusWord(Integer.parseInt(sw, 16)));
        assertEquals(result, outcome.result());
        assertEquals(tries, outcome.triesLeft());
    }
}
