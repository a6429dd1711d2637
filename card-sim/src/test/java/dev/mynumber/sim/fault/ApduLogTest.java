package dev.mynumber.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.sim.testing.ScriptedCard;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApduLogTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final ScriptedCard inner = ScriptedCard.jpki()
            .on("002000800431323334", "9000")
            .on("0020008000", "63C3")
            .on("0024018004", "6700")
            .on("8032008004393939390A", "9000")
            .on("00B0000004", "DEADBEEF9000")
            .on("00B2010400", "0102039000")
            .on("00A4020C020006", "9000")
            .on("00B0000000", "6982")
            .on("0020008000000439393939", "9000");

    @Test
    void masksSecretsAndReadDataButKeepsLengthsAndStatusWords() {
        ApduLog log = new ApduLog(inner);
        for (String c : List.of("002000800431323334", "0020008000", "0024018004", "8032008004393939390A",
                "00B0000004", "00B2010400", "00A4020C020006", "00B0000000", "0020008000000439393939")) {
            log.transmit(HEX.parseHex(c));
        }
        log.reset();
        assertEquals(List.of(
                "0020008004[4 bytes masked] -> 9000",
                "0020008000 -> 63C3",
                "0024018004 -> 6700",
                "8032008004[4 bytes masked]0A -> 9000",
                "00B0000004 -> [4 bytes masked]9000",
                "00B2010400 -> [3 bytes masked]9000",
                "00A4020C020006 -> 9000",
                "00B0000000 -> 6982",
                "00200080000004[4 bytes masked] -> 9000",
                "reset"), log.entries());
    }

    @Test
    void streamsEntriesToListenersAndRecordsFaults() {
        List<String> live = new ArrayList<>();
        ApduLog log = new ApduLog(new FaultyCard(inner, FaultPlan.parse("remove-at:2")));
        log.addListener(live::add);
        log.transmit(HEX.parseHex("00A4020C020006"));
        assertThrows(PhysicalFault.class, () -> log.transmit(HEX.parseHex("002000800431323334")));
        assertEquals(List.of("00A4020C020006 -> 9000", "0020008004[4 bytes masked] -> (card removed)"), live);
        assertEquals(live, log.entries());
    }

    @Test
    void keepsOnlyTheLastEntriesUpToItsCapacity() {
        ApduLog log = new ApduLog(inner, 3);
        for (int i = 0; i < 5000; i++) {
            log.transmit(HEX.parseHex("00A4020C020006"));
        }
        log.transmit(HEX.parseHex("0020008000"));
        log.reset();
        assertEquals(List.of("00A4020C020006 -> 9000", "0020008000 -> 63C3", "reset"), log.entries());
        assertEquals(4999, log.dropped());
        assertEquals(ApduLog.DEFAULT_CAPACITY, new ApduLog(inner).capacity());
        assertThrows(IllegalArgumentException.class, () -> new ApduLog(inner, 0));
    }
}
