package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_COMMON;
import static dev.mynumber.sim.card.CardDriver.SELECT_ISD;
import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_JUKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static dev.mynumber.sim.card.CardDriver.SELECT_VISUAL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SELECT of applications and EFs, power-on state and the ATR (spec §1, §2, §6, §7 item 1). */
class SelectTest {
    private final CardDriver card = new CardDriver(TestContents.adult());

    @Test
    void answersTheRealCardsAtr() {
        assertArrayEquals(HexFormat.of().parseHex("3BE000FF8131FE4514"), card.card.atr());
    }

    @ParameterizedTest
    @ValueSource(strings = {SELECT_JPKI, SELECT_TEXT, SELECT_VISUAL, SELECT_JUKI, SELECT_COMMON, SELECT_ISD})
    void selectsTheFiveApplicationsAndTheIsd(String select) {
        card.expect(0x9000, select);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00A4040C09A00000030800001000", // PIV
        "00A4040C06D27600012401",       // OpenPGP
        "00A4040C08A000000003000000",   // GlobalPlatform card manager
        "00A4040C06A00000000101",       // MUSCLE
        "00A4040C0AD3921000310001010400", // no DF name starts with this
        "00A4040C09D39210003100010104",   // prefix of three DF names: not resolved
        "00A4040C02D392",                 // prefix of all five
        "00A4040C0BD392F00026010000000100", // JPKI AID plus one byte
        "00A4040C0AD392F000260100000002"})
    void refusesOtherAidsWithFileNotFound(String select) {
        card.expect(0x6A82, select);
    }

    @Test
    void aPrefixOfExactlyOneDfNameSelectsIt() {
        card.ok("00A4040C03D392F0");
        assertEquals(0x9000, card.selectEf(0x000A));
        card.ok("00A4040C09D39210003100010101");
        assertEquals(0x9000, card.selectEf(0x001C));
        assertEquals(0x6A82, card.selectEf(0x000A));
    }

    @Test
    void startsAtTheMfWhereOnlyEf001eExists() {
        assertEquals(0x9000, card.selectEf(0x001E));
        card.expect(0x6981, "00B0000001");
        assertEquals(0x6A82, card.selectEf(0x2F10));
        assertEquals(0x6A82, card.selectEf(0x000A));
    }

    @Test
    void selectsEfsOfTheCurrentApplicationOnly() {
        card.ok(SELECT_JPKI);
        assertEquals(0x9000, card.selectEf(0x000A));
        assertEquals(0x6A82, card.selectEf(0x0005));
        assertEquals(0x6A82, card.selectEf(0x3F00));
        card.ok(SELECT_TEXT);
        assertEquals(0x9000, card.selectEf(0x0005));
        assertEquals(0x6A82, card.selectEf(0x000A));
    }

    @Test
    void failedEfSelectionKeepsTheCurrentEf() {
        card.ok(SELECT_JPKI);
        card.selectEf(0x000A);
        card.selectEf(0x0099);
        assertArrayEquals(TestContents.fileBytes(CardFile.JPKI_AUTH_CERT), card.ok("00B0000000"));
    }

    @Test
    void selectByIdP1ZeroIsRefusedAtTheMfAndIgnoredInAnApplication() {
        card.expect(0x6A86, "00A40000023F00");
        card.ok(SELECT_JPKI);
        card.selectEf(0x000A);
        card.expect(0x9000, "00A40000023F00");
        // the current DF (and EF) did not change
        assertArrayEquals(TestContents.fileBytes(CardFile.JPKI_AUTH_CERT), card.ok("00B0000000"));
    }

    @Test
    void isdReturnsToTheMfState() {
        card.ok(SELECT_JPKI);
        card.ok(SELECT_ISD);
        assertEquals(0x6A82, card.selectEf(0x000A));
        assertEquals(0x9000, card.selectEf(0x001E));
    }

    @Test
    void absentContentIsNotFound() {
        CardDriver child = new CardDriver(TestContents.child());
        child.ok(SELECT_JPKI);
        assertEquals(0x6A82, child.selectEf(0x0001));
        assertEquals(0x6A82, child.selectEf(0x001A));
        assertEquals(0x6A82, child.selectEf(0x001B));
        assertEquals(0x9000, child.selectEf(0x0017));
        assertEquals(0x9000, child.selectEf(0x0018));
    }

    @Test
    void placeholdersAndInternalEfs() {
        card.ok(SELECT_JPKI);
        assertEquals(0x6A82, card.selectEf(0x0009));
        assertEquals(0x9000, card.selectEf(0x0016));
        card.expect(0x6981, "00B0000001");
        card.ok(SELECT_TEXT);
        assertEquals(0x6A82, card.selectEf(0x0006));
        assertEquals(0x9000, card.selectEf(0x0008));
        card.ok(SELECT_VISUAL);
        assertEquals(0x6A82, card.selectEf(0x0006));
        card.ok(SELECT_JUKI);
        assertEquals(0x9000, card.selectEf(0x0002));
        card.expect(0x6981, "00B0000001");
    }

    @Test
    void checksParametersAndLengths() {
        card.expect(0x6A86, "00A4010C023F00");
        card.expect(0x6A86, "00A4040202D392");
        // probes of other drivers ask for FCI or FCP: unknown names still answer 6A82
        card.expect(0x6A82, "00A4040009A0000003080000100000");
        card.expect(0x6A82, "00A4040409A0000003080000100000");
        card.expect(0x6700, "00A4040C");
        card.ok(SELECT_JPKI);
        card.expect(0x6700, "00A4020C0100");
        card.expect(0x6700, "00A4020C03000A00");
        // P2=00 (FCI requested) is accepted without FCI
        card.expect(0x9000, "00A4020002000A");
    }
}
