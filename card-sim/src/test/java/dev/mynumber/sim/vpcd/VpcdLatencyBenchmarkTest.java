package dev.mynumber.sim.vpcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.testing.RealStack;
import java.util.Arrays;
import java.util.HexFormat;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test: prints APDU round-trip percentiles through SunPCSC + pcscd + vpcd + the
 * bridge, so a latency regression (e.g. the 44 ms delayed-ACK trap) shows in the build output.
 */
@Tag("pcsc")
class VpcdLatencyBenchmarkTest {
    private static final int WARM_UP = 100;
    private static final int ROUNDS = 1000;

    @Test
    void printsRoundTripPercentiles() throws Exception {
        RealStack.requireVpcdSlot0();
        CommandAPDU select = new CommandAPDU(HexFormat.of().parseHex("00A4040C0AD392F000260100000001"));
        CardTerminal terminal = RealStack.emptyVpcdTerminal(RealStack.sunPcsc());
        try (VpcdCard bridge = new VpcdCard(RealStack.VPCD_HOST, RealStack.VPCD_PORT, PcscBridgeRealTest.card())) {
            bridge.onStatus(RealStack::trace);
            bridge.start();
            assertTrue(terminal.waitForCardPresent(10_000), "no card in " + RealStack.READER);
            Card card = terminal.connect("*");
            CardChannel channel = card.getBasicChannel();
            long[] nanos = new long[ROUNDS];
            for (int i = -WARM_UP; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                assertEquals(0x9000, channel.transmit(select).getSW());
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
            card.disconnect(false);
            Arrays.sort(nanos);
            System.out.printf("vpcd round trip over %d SELECTs: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                    ROUNDS, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[ROUNDS - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }
}
