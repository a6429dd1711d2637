package dev.mynumber.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the engine answers (figures only, no timing assertions): a READ BINARY round and a
 * signature, the two operations a PC/SC client repeats most.
 */
class EngineBenchmarkTest {
    private static final int READS = 20_000;
    private static final int SIGNATURES = 20;

    @Test
    void printsApduThroughput() {
        CardDriver card = new CardDriver(TestContents.adult());
        card.ok(CardDriver.SELECT_JPKI);
        card.selectEf(0x000A);
        byte[] read = HexFormat.of().parseHex("00B0000000");
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            assertEquals(0x9000, CardDriver.sw(card.card.transmit(read)));
        }
        long readNanos = System.nanoTime() - start;
        card.verify(0x18, TestContents.PIN);
        card.selectEf(0x0017);
        String sign = "802A008033" + HexFormat.of().formatHex(SignTest.digestInfo(new byte[] {7})) + "00";
        start = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            card.ok(sign);
        }
        long signNanos = System.nanoTime() - start;
        System.out.printf("card engine: READ BINARY %.2f us/APDU, RSA-2048 signature %.2f ms each%n",
                readNanos / 1e3 / READS, signNanos / 1e6 / SIGNATURES);
    }
}
