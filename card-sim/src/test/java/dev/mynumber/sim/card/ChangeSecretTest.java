package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_COMMON;
import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_JUKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** CHANGE REFERENCE DATA ({@code 00 24 01 80}) and CHANGE KEY ({@code 80 32 00 80}), spec §2.4, §3.1. */
class ChangeSecretTest {
    private final CardDriver card = new CardDriver(TestContents.adult());

    @Test
    void changesTheAuthPinAfterVerify() {
        card.ok(SELECT_JPKI);
        card.selectEf(0x0018);
        card.expect(0x6982, change(0x00, 0x24, 0x01, "5678"));
        assertEquals(0x9000, card.verify(0x18, TestContents.PIN));
        card.expect(0x9000, change(0x00, 0x24, 0x01, "5678"));
        card.card.reset();
        card.ok(SELECT_JPKI);
        assertEquals(0x63C2, card.verify(0x18, TestContents.PIN));
        assertEquals(0x9000, card.verify(0x18, "5678"));
        assertEquals(0x63C3, card.query(0x18));
    }

    @Test
    void checksTheNewValuesFormat() {
        card.ok(SELECT_JPKI);
        card.verify(0x1B, TestContents.PASSWORD);
        card.selectEf(0x001B);
        card.expect(0x6A80, change(0x00, 0x24, 0x01, "ABCDEF"));
        card.expect(0x6A80, change(0x00, 0x24, 0x01, "abc123"));
        card.expect(0x6A80, change(0x00, 0x24, 0x01, "AB12"));
        card.expect(0x9000, change(0x00, 0x24, 0x01, "XYZ789"));
        assertEquals(0x9000, card.verify(0x1B, "XYZ789"));
        card.verify(0x18, TestContents.PIN);
        card.selectEf(0x0018);
        card.expect(0x6A80, change(0x00, 0x24, 0x01, "12345"));
        card.expect(0x6A80, change(0x00, 0x24, 0x01, "12A4"));
    }

    @Test
    void textApPinChangesButVerificationCodesDoNot() {
        card.ok(SELECT_TEXT);
        card.verify(0x11, TestContents.PIN);
        card.selectEf(0x0011);
        card.expect(0x9000, change(0x00, 0x24, 0x01, "9999"));
        card.verify(0x14, TestContents.CODE_A);
        card.selectEf(0x0014);
        card.expect(0x6985, change(0x00, 0x24, 0x01, "9999"));
    }

    @Test
    void changeKeyWorksInTheCommonAndJukiAps() {
        for (String select : new String[] {SELECT_COMMON, SELECT_JUKI}) {
            card.ok(select);
            card.selectEf(0x001C);
            card.expect(0x6982, change(0x80, 0x32, 0x00, "4321"));
            assertEquals(0x9000, card.verify(0x1C, TestContents.PIN));
            card.expect(0x9000, change(0x80, 0x32, 0x00, "4321"));
            assertEquals(0x63C2, card.verify(0x1C, TestContents.PIN));
            assertEquals(0x9000, card.verify(0x1C, "4321"));
        }
    }

    @Test
    void eachInstructionBelongsToItsApplications() {
        card.ok(SELECT_COMMON);
        card.verify(0x1C, TestContents.PIN);
        card.selectEf(0x001C);
        card.expect(0x6D00, change(0x00, 0x24, 0x01, "4321"));
        card.ok(SELECT_JPKI);
        card.verify(0x18, TestContents.PIN);
        card.selectEf(0x0018);
        card.expect(0x6D00, change(0x80, 0x32, 0x00, "4321"));
        card.expect(0x6A86, change(0x00, 0x24, 0x00, "4321"));
        card.expect(0x6700, "0024018000".substring(0, 8));
    }

    @Test
    void blockedPinCannotBeChanged() {
        card.ok(SELECT_JPKI);
        for (int i = 0; i < 3; i++) {
            card.verify(0x18, "0000");
        }
        card.selectEf(0x0018);
        card.expect(0x6984, change(0x00, 0x24, 0x01, "4321"));
    }

    private static String change(int cla, int ins, int p1, String value) {
        byte[] v = TestContents.ascii(value);
        return String.format("%02X%02X%02X80%02X%s", cla, ins, p1, v.length, HexFormat.of().formatHex(v));
    }
}
