package dev.mynumber.apdu.transport;

import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.card.fixtures.CardScript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the APDU log shows and, above all, what it hides. */
class MaskedLogTransportTest {
    private final List<String> lines = new ArrayList<>();

    private List<String> log(CardScript card, String... commands) throws TransportException {
        MaskedLogTransport transport = new MaskedLogTransport(card, lines::add);
        for (String command : commands) {
            transport.transceive(hex(command));
        }
        card.assertComplete();
        return lines;
    }

    @Test
    void verifyDataIsMaskedAndTheAnswerShown() throws TransportException {
        CardScript card = new CardScript().then("002000980431323334", "63C2").then("00200098", "63C2");
        assertEquals(List.of("> 00200098 Lc=4 [masked]", "< 63C2 COUNTER_2", "> 00200098", "< 63C2 COUNTER_2"),
                log(card, "002000980431323334", "00200098"));
    }

    @Test
    void changeReferenceDataAndChangeKeyAreMasked() throws TransportException {
        CardScript card = new CardScript().then("002401800439383736", "9000").then("803200800439383736", "9000")
                .then("002C00800439383736", "9000");
        assertEquals(List.of("> 00240180 Lc=4 [masked]", "< 9000 SUCCESS", "> 80320080 Lc=4 [masked]",
                "< 9000 SUCCESS", "> 002C0080 Lc=4 [masked]", "< 9000 SUCCESS"),
                log(card, "002401800439383736", "803200800439383736", "002C00800439383736"));
    }

    @Test
    void readAnswersAreMaskedButTheirLengthAndStatusShown() throws TransportException {
        CardScript card = new CardScript().then("00B08100000000", "FF100C3132333435363738393031389000")
                .then("00B2010C00", "011C31329000").then("00C0000010", "41424344").then("00B0000004", "6982");
        assertEquals(List.of("> 00B08100000000", "< [15 bytes masked] 9000 SUCCESS",
                "> 00B2010C00", "< [4 bytes masked] 9000 SUCCESS",
                "> 00C0000010", "< [2 bytes masked] 4344 UNKNOWN",
                "> 00B0000004", "< 6982 SECURITY_STATUS_NOT_SATISFIED"),
                log(card, "00B08100000000", "00B2010C00", "00C0000010", "00B0000004"));
    }

    @Test
    void otherCommandsAndAnswersAreShownInFull() throws TransportException {
        CardScript card = new CardScript().then("00A4040C0AD392F000260100000001", "9000")
                .then("0084000008", "01020304050607089000");
        assertEquals(List.of("> 00A4040C0AD392F000260100000001", "< 9000 SUCCESS", "> 0084000008",
                "< 0102030405060708 9000 SUCCESS"), log(card, "00A4040C0AD392F000260100000001", "0084000008"));
    }

    @Test
    void unparsableCommandsAreMaskedWhole() throws TransportException {
        CardScript card = new CardScript().then("0020009805313233", "6700").then("00B0", "6D00");
        assertEquals(List.of("> 00200098 [4 bytes, not parsed, masked]", "< 6700 WRONG_LENGTH",
                "> [2 bytes, not a command]", "< 6D00 INS_NOT_SUPPORTED"), log(card, "0020009805313233", "00B0"));
    }

    @Test
    void transportFailuresAreLoggedAndRethrown() {
        CardScript card = new CardScript().thenFail("00B0000001",
                new CardRemovedException("card removed"));
        MaskedLogTransport transport = new MaskedLogTransport(card, lines::add);
        assertThrows(TransportException.class, () -> transport.transceive(hex("00B0000001")));
        assertEquals(List.of("> 00B0000001", "! CARD_REMOVED"), lines);
    }
}
