package dev.mynumber.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.testing.ScriptedCard;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultyCardTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final ScriptedCard inner = ScriptedCard.jpki().on("00A4040C02AABB", "9000").on("00B0000004",
            "010203049000");

    private String send(FaultyCard card, String hex) {
        return HEX.formatHex(card.transmit(HEX.parseHex(hex)));
    }

    @Test
    void statusWordFaultReplacesTheAnswerWithoutReachingTheCard() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.parse("sw-at:2=6A82"));
        assertEquals("9000", send(card, "00A4040C02AABB"));
        assertEquals("6A82", send(card, "00A4040C02AABB"));
        assertEquals("9000", send(card, "00A4040C02AABB"));
        assertEquals(2, inner.received().size());
    }

    @Test
    void removalIsSignalledBeforeTheCommandIsProcessed() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.parse("remove-at:2"));
        send(card, "00A4040C02AABB");
        PhysicalFault f = assertThrows(PhysicalFault.class, () -> send(card, "00B0000004"));
        assertEquals(PhysicalFault.Kind.CARD_REMOVED, f.kind());
        assertEquals(List.of("00A4040C02AABB"), inner.received());
    }

    @Test
    void readerLossIsSignalled() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.parse("vanish-at:1"));
        assertEquals(PhysicalFault.Kind.READER_VANISHED,
                assertThrows(PhysicalFault.class, () -> send(card, "00B0000004")).kind());
    }

    @Test
    void corruptsTheChosenByteOrTheLast() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.parse("corrupt-at:1@1,corrupt-at:2@99"));
        assertEquals("01FD03049000", send(card, "00B0000004"));
        assertEquals("90FF", send(card, "00A4040C02AABB"));
    }

    @Test
    void delaysTheChosenResponse() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.parse("delay-at:2=150ms"));
        long t0 = System.nanoTime();
        send(card, "00B0000004");
        long first = System.nanoTime() - t0;
        send(card, "00B0000004");
        long second = System.nanoTime() - t0 - first;
        assertTrue(second >= 150_000_000L, "second response came after " + second + " ns");
    }

    @Test
    void armingAtRunTimeRestartsTheCount() {
        FaultyCard card = new FaultyCard(inner, FaultPlan.none());
        send(card, "00B0000004");
        send(card, "00B0000004");
        card.arm(FaultPlan.parse("sw-at:1=6982"));
        assertEquals("6982", send(card, "00B0000004"));
        assertEquals(1, card.commandCount());
    }
}
