package dev.mynumber.sim.variant;

import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_JPKI;
import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_TEXT;
import static dev.mynumber.sim.variant.VariantCardDriver.SIGN;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_AUTH_PIN;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_TEXT_PIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The reader variants as bytes: extended length refused, 61xx + GET RESPONSE, 6Cxx for a wrong short Le. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReaderVariantsTest {
    private static final String SELECT_AUTH_CERT = "00A4020C02000A";
    private static final String EXTENDED_READ = "00B00000000000";
    private static final String SELECT_MY_NUMBER = "00A4020C020001";

    @Test
    void shortApduRefusesExtendedCommandsWith6700AndPassesShortOnes() {
        VariantCardDriver byDefault = new VariantCardDriver("adult", "");
        VariantCardDriver reader = new VariantCardDriver("adult", "short-apdu");
        byte[] cert = byDefault.ok(SELECT_JPKI, SELECT_AUTH_CERT, EXTENDED_READ);
        assertEquals(cert.length, byDefault.readEf(0x000A).length, "default: one extended READ gets it all");
        reader.ok(SELECT_JPKI, SELECT_AUTH_CERT);
        assertEquals("6700", reader.sw(EXTENDED_READ));
        assertEquals("6700", reader.sw("00B000000000FF"), "an extended Le of 255 too");
        assertEquals(256, reader.ok("00B0000000").length);
        assertArrayEquals(cert, reader.readEf(0x000A), "short chunks read the same bytes");
        assertEquals("6700", reader.sw("802A00800000330000" + "00".repeat(51) + "0100"), "extended Lc");
    }

    @Test
    void getResponseKeepsCase4AndLongAnswersBackUntilFetched() {
        VariantCardDriver byDefault = new VariantCardDriver("adult", "");
        VariantCardDriver reader = new VariantCardDriver("adult", "get-response");
        byte[] cert = byDefault.ok(SELECT_JPKI, SELECT_AUTH_CERT, EXTENDED_READ);
        reader.ok(SELECT_JPKI, SELECT_AUTH_CERT);
        assertEquals("6100", reader.sw(EXTENDED_READ));
        ByteArrayOutputStream fetched = new ByteArrayOutputStream();
        byte[] r;
        do {
            r = reader.send("00C0000000");
            fetched.write(r, 0, r.length - 2);
        } while (r[r.length - 2] == 0x61);
        assertEquals("9000", VariantCardDriver.hex(Arrays.copyOfRange(r, r.length - 2, r.length)));
        assertArrayEquals(cert, fetched.toByteArray());
        assertEquals(256, reader.ok("00B0000000").length, "a short case-2 answer comes directly");
        reader.ok(VERIFY_AUTH_PIN, "00A4020C020017");
        assertEquals("6100", reader.sw(SIGN));
        byte[] signature = byDefault.ok(VERIFY_AUTH_PIN, "00A4020C020017", SIGN);
        assertArrayEquals(signature, reader.ok("00C0000000"), "PKCS#1 v1.5 is deterministic: the same bytes");
        assertEquals("6D00", reader.sw("00C0000000"), "nothing pending: the card answers");
    }

    @Test
    void getResponseInChunksSmallerThanTheAnswerAndDiscardedByAnotherCommand() {
        VariantCardDriver reader = new VariantCardDriver("adult", "get-response");
        reader.ok(SELECT_JPKI, VERIFY_AUTH_PIN, "00A4020C020017");
        assertEquals("6100", reader.sw(SIGN));
        byte[] first = reader.send("00C0000080");
        assertEquals(0x80 + 2, first.length);
        assertEquals("6180", VariantCardDriver.hex(Arrays.copyOfRange(first, 0x80, 0x82)));
        reader.ok(SELECT_JPKI);
        assertEquals("6D00", reader.sw("00C0000080"), "the pending answer was discarded");
    }

    @Test
    void wrongLeAnswers6CxxAndTheExactLeThenWorks() {
        VariantCardDriver byDefault = new VariantCardDriver("adult", "");
        VariantCardDriver reader = new VariantCardDriver("adult", "wrong-le");
        byte[] myNumber = byDefault.ok(SELECT_TEXT, VERIFY_TEXT_PIN, SELECT_MY_NUMBER, "00B0000000");
        assertEquals(17, myNumber.length, "default: what exists, 9000 (spec §7 item 2)");
        reader.ok(SELECT_TEXT, VERIFY_TEXT_PIN, SELECT_MY_NUMBER);
        assertEquals("6C11", reader.sw("00B0000000"));
        assertArrayEquals(myNumber, reader.ok("00B0000011"));
        assertEquals(4, reader.ok("00B0000004").length, "a shorter Le is no error");
        assertEquals(17, reader.ok("00B00000000000").length, "extended Le is not the driver's business");
    }

    @Test
    void readerVariantsCombine() {
        VariantCardDriver reader = new VariantCardDriver("adult", "short-apdu,get-response,wrong-le");
        reader.ok(SELECT_JPKI, SELECT_AUTH_CERT);
        assertEquals("6700", reader.sw(EXTENDED_READ));
        reader.ok(VERIFY_AUTH_PIN, "00A4020C020017");
        assertEquals("6100", reader.sw(SIGN));
        assertEquals(256, reader.ok("00C0000000").length);
    }
}
