package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.testing.RealStack;
import dev.mynumber.sim.variant.Variants;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code vpcd --variant short-apdu,no-partial-aid} as a PC/SC client sees it through pcscd (SunPCSC): the
 * variants' answers arrive unchanged. Needs the real stack (run under {@code flock /tmp/pcscd.lock}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@Tag("pcsc")
class VariantVpcdRealTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static TerminalFactory factory;

    @BeforeAll
    static void realStack() {
        RealStack.requireVpcdSlot0();
        factory = RealStack.sunPcsc();
    }

    @Test
    void theVariantsAnswerThroughPcscd() throws Exception {
        CardTerminal terminal = RealStack.emptyVpcdTerminal(factory);
        VpcdOptions o = new VpcdOptions(RealStack.VPCD_HOST, RealStack.VPCD_PORT, "adult", null, FaultPlan.none(),
                false, Variants.parse("short-apdu,no-partial-aid"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream status = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (VpcdCard bridge = VpcdCommand.start(o, status, status)) {
            assertTrue(terminal.waitForCardPresent(10_000), "no card seen in " + RealStack.READER);
            Card card = terminal.connect("*");
            CardChannel ch = card.getBasicChannel();
            assertEquals(0x6A82, send(ch, "00A4040C09D392F0002601000000").getSW(), "no-partial-aid");
            assertEquals(0x9000, send(ch, "00A4040C0AD392F000260100000001").getSW());
            assertEquals(0x9000, send(ch, "00A4020C02000A").getSW());
            assertEquals(0x6700, send(ch, "00B00000000000").getSW(), "short-apdu: extended Le refused");
            ResponseAPDU chunk = send(ch, "00B0000000");
            assertEquals(0x9000, chunk.getSW());
            assertEquals(256, chunk.getData().length);
            card.disconnect(false);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("variants no-partial-aid,short-apdu"), out.toString());
    }

    private static ResponseAPDU send(CardChannel ch, String hex) throws Exception {
        return ch.transmit(new CommandAPDU(HEX.parseHex(hex)));
    }
}
