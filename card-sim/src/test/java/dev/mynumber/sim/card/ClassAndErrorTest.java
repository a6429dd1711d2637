package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static dev.mynumber.sim.card.CardDriver.SELECT_TEXT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Class byte, unknown instructions, malformed bytes, GET CHALLENGE and GET DATA (spec §3.1, §4.1, §7). */
class ClassAndErrorTest {
    private final CardDriver card = new CardDriver(TestContents.adult());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "01A4040C0AD392F000260100000001, 6881", "03B0000001, 6881", "41B0000001, 6881", "8120009800, 6881",
        "08A4040C0AD392F000260100000001, 6882", "0CA4040C0AD392F000260100000001, 6882",
        "0CB0000001, 69FC", "0C20009800, 69FC", "0C84000008, 6882",
        "A0A4040C0AD392F000260100000001, 6E00", "FFB0000001, 6E00", "80A4040C0AD392F000260100000001, 6E00",
        "00C0000000, 6D00", "0088009900, 6700", "00E2000000, 6D00", "80FC0000, 6700", "80A2000000, 6D00",
        "00FC0000, 6E00",
        "00, 6700", "00A404, 6700", "00A4040C0AD392, 6700", "00B000000000, 6700",
    })
    void answersClassAndInstructionErrors(String apdu, String sw) {
        card.expect(Integer.parseInt(sw, 16), apdu);
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            byte[] apdu = new byte[random.nextInt(12)];
            random.nextBytes(apdu);
            if (i % 3 == 0 && apdu.length > 1) {
                apdu[0] = (byte) (random.nextBoolean() ? 0x00 : 0x80);
            }
            byte[] r = card.card.transmit(apdu);
            assertTrue(r.length >= 2);
            assertNotEquals(0x6F00, CardDriver.sw(r), () -> HexFormat.of().formatHex(apdu));
        }
        assertEquals(0x6700, CardDriver.sw(card.card.transmit(null)));
    }

    @Test
    void getChallengeReturnsRandomBytesOfTheAskedLength() {
        byte[] a = card.ok("0084000008");
        byte[] b = card.ok("0084000008");
        assertEquals(8, a.length);
        assertNotEquals(HexFormat.of().formatHex(a), HexFormat.of().formatHex(b));
        assertEquals(256, card.ok("0084000000").length);
        card.ok(SELECT_TEXT);
        assertEquals(1, card.ok("0084000001").length);
        card.expect(0x6985, "00840000000010");
        card.expect(0x6700, "00840000");
        card.expect(0x6A86, "0084010008");
    }

    @Test
    void getChallengeUsesTheInjectedRandom() {
        MyNumberCardSim sim1 = new MyNumberCardSim(TestContents.adult(),
                new InMemoryPinCounters(TestContents.adult()), new Random(7));
        MyNumberCardSim sim2 = new MyNumberCardSim(TestContents.adult(),
                new InMemoryPinCounters(TestContents.adult()), new Random(7));
        byte[] apdu = HexFormat.of().parseHex("0084000010");
        assertArrayEquals(sim1.transmit(apdu), sim2.transmit(apdu));
    }

    @Test
    void getDataAnswersTheAtrAtTheMfOnly() {
        assertArrayEquals(HexFormat.of().parseHex("E000FF8131FE4514"), card.ok("00CA5F5100"));
        card.expect(0x6A88, "00CA004200");
        card.expect(0x6700, "00CA5F51");
        card.ok(SELECT_JPKI);
        card.expect(0x6A88, "00CA5F5100");
    }
}
