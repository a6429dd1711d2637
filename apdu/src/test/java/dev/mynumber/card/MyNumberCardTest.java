package dev.mynumber.card;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.Hex;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.card.fixtures.CardScript;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyNumberCardTest {
    @Test
    void pinStatusesReadsEveryCounterInFifteenApdus() throws ApduException {
        CardScript card = new CardScript()
                .then("00A4040C0AD392F000260100000001", "9000").then("00200098", "63C3").then("0020009B", "63C5")
                .then("00A4040C0AD3921000310001010408", "9000").then("00200091", "63C2").then("00200094", "63CA")
                .then("00200095", "63CA")
                .then("00A4040C0AD3921000310001010402", "9000").then("00200093", "63CA").then("00200092", "63CA")
                .then("00200091", "63C0")
                .then("00A4040C0AD3921000310001010100", "9000").then("0020009C", "63C3")
                .then("00A4040C0AD3921000310001010401", "9000").then("0020009C", "6984");
        Map<PinKind, PinStatus> s = new MyNumberCard(card).pinStatuses();
        card.assertComplete();
        assertEquals(15, card.sentCount());
        assertEquals(10, s.size());
        assertEquals(new PinStatus(3, 3), s.get(PinKind.AUTH_PIN));
        assertEquals(new PinStatus(5, 5), s.get(PinKind.SIGN_PASSWORD));
        assertEquals(new PinStatus(2, 3), s.get(PinKind.TEXT_PIN));
        assertEquals(true, s.get(PinKind.VISUAL_BIRTH_DATE).blocked());
        assertEquals(true, s.get(PinKind.JUKI_PIN).blocked());
    }

    @Test
    void missingApplicationsAndKeysAreLeftOut() throws ApduException {
        CardScript card = new CardScript()
                .then("00A4040C0AD392F000260100000001", "9000").then("00200098", "63C3").then("0020009B", "6A88")
                .then("00A4040C0AD3921000310001010408", "6A82")
                .then("00A4040C0AD3921000310001010402", "6A82")
                .then("00A4040C0AD3921000310001010100", "6A82")
                .then("00A4040C0AD3921000310001010401", "6A82")
                // the token label says a smartphone token, which lacks these applications
                .then("00A4040C0AD392F000260100000001", "9000").then("00B0860020", label("JPKIAPGPSETOKEN") + "9000");
        Map<PinKind, PinStatus> s = new MyNumberCard(card).pinStatuses();
        card.assertComplete();
        assertEquals(1, s.size());
        assertFalse(s.containsKey(PinKind.SIGN_PASSWORD));
    }

    @Test
    void aMyNumberCardMissingACounterItHoldsIsACardErrorNotAShorterList() {
        CardScript card = new CardScript()
                .then("00A4040C0AD392F000260100000001", "9000").then("00200098", "63C3").then("0020009B", "63C5")
                .then("00A4040C0AD3921000310001010408", "6A82")
                .then("00A4040C0AD3921000310001010402", "9000").then("00200093", "63CA").then("00200092", "63CA")
                .then("00200091", "63CA")
                .then("00A4040C0AD3921000310001010100", "9000").then("0020009C", "63C3")
                .then("00A4040C0AD3921000310001010401", "9000").then("0020009C", "63C3")
                .then("00A4040C0AD392F000260100000001", "9000").then("00B0860020", label("JPKIAPICCTOKEN2") + "9000")
                .then("00B0880003", "8F8F009000");
        ApduException e = assertThrows(ApduException.class,
                () -> new MyNumberCard(card).pinStatuses());
        assertEquals(ErrorCode.FILE_NOT_FOUND, e.code());
        card.assertComplete();
    }

    @Test
    void aChildsCardLacksOnlyTheSigningPasswordAsItsFlagsSay() throws ApduException {
        CardScript card = new CardScript()
                .then("00A4040C0AD392F000260100000001", "9000").then("00200098", "63C3").then("0020009B", "6A88")
                .then("00A4040C0AD3921000310001010408", "9000").then("00200091", "63C3").then("00200094", "63CA")
                .then("00200095", "63CA")
                .then("00A4040C0AD3921000310001010402", "9000").then("00200093", "63CA").then("00200092", "63CA")
                .then("00200091", "63CA")
                .then("00A4040C0AD3921000310001010100", "9000").then("0020009C", "63C3")
                .then("00A4040C0AD3921000310001010401", "9000").then("0020009C", "63C3")
                .then("00A4040C0AD392F000260100000001", "9000").then("00B0860020", label("JPKIAPICCTOKEN2") + "9000")
                .then("00B0880003", "008F009000");
        Map<PinKind, PinStatus> s = new MyNumberCard(card).pinStatuses();
        card.assertComplete();
        assertEquals(9, s.size());
        assertFalse(s.containsKey(PinKind.SIGN_PASSWORD));
    }

    /** A 32-byte token label, space padded, in hex. */
    private static String label(String text) {
        return Hex.encode(String.format("%-32s", text).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void oneCounterIsSelectAndQuery() throws ApduException {
        CardScript card = new CardScript()
                .then("00A4040C0AD3921000310001010402", "9000").then("00200092", "63C1")
                .then("00A4040C0AD392F000260100000001", "9000").then("0020009B", "63C5")
                .then("00A4040C0AD3921000310001010401", "6A82");
        MyNumberCard myNumberCard = new MyNumberCard(card);
        assertEquals(true, myNumberCard.pinStatus(PinKind.VISUAL_CODE_B).lastTry());
        assertEquals(new PinStatus(5, 5), myNumberCard.pinStatus(PinKind.SIGN_PASSWORD));
        assertEquals(ErrorCode.FILE_NOT_FOUND,
                assertThrows(ApduException.class, () -> myNumberCard.pinStatus(PinKind.JUKI_PIN)).code());
        card.assertComplete();
    }

    @Test
    void everyKindHasACounter() {
        for (PinKind kind : PinKind.values()) {
            CardTransport any = command -> command[1] == (byte) 0xA4
                    ? new byte[] {(byte) 0x90, 0} : new byte[] {(byte) 0x63, (byte) 0xC3};
            assertEquals(3, assertDoesNotThrow(() -> new MyNumberCard(any).pinStatus(kind)).triesLeft(), kind.name());
        }
    }

    @Test
    void otherErrorsStopTheSurvey() {
        CardScript card = new CardScript().then("00A4040C0AD392F000260100000001", "6985");
        assertEquals(ErrorCode.CONDITIONS_NOT_SATISFIED,
                assertThrows(ApduException.class, () -> new MyNumberCard(card).pinStatuses()).code());
    }
}
