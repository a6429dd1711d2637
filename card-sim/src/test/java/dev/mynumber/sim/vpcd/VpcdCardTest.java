package dev.mynumber.sim.vpcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.testing.ScriptedCard;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class VpcdCardTest {
    private static final String ATR = ScriptedCard.JPKI_ATR;
    private final ScriptedCard card = ScriptedCard.jpki().on("00A4040C0AD392F000260100000001", "9000");

    @Test
    void answersControlMessagesAndApdus() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdCard bridge = new VpcdCard("127.0.0.1", vpcd.port(), card)) {
            bridge.start();
            vpcd.accept();
            assertTrue(bridge.awaitConnected(Duration.ofSeconds(5)));
            assertEquals(ATR, vpcd.exchange("04"));
            vpcd.control(1);
            vpcd.control(2);
            vpcd.control(0);
            assertEquals("9000", vpcd.exchange("00A4040C0AD392F000260100000001"));
            assertEquals("6D00", vpcd.exchange("00FF0000"));
            assertEquals(3, card.resets()); // insertion, power on, reset
        }
    }

    @Test
    void theConnectionLivesExactlyAsLongAsTheCardIsIn() throws Exception {
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdCard bridge = new VpcdCard("127.0.0.1", vpcd.port(), null)) {
            bridge.start();
            assertFalse(bridge.awaitConnected(Duration.ofMillis(300)));
            bridge.insert(card);
            vpcd.accept();
            assertEquals(ATR, vpcd.exchange("04"));
            bridge.remove();
            assertThrows(IOException.class, () -> vpcd.exchange("04"));
            assertTrue(bridge.card().isEmpty());
            bridge.insert(card);
            vpcd.accept();
            assertEquals(ATR, vpcd.exchange("04"));
        }
    }

    @Test
    void aSwapClosesTheOldConnectionAndOpensANewOne() throws Exception {
        ScriptedCard other = new ScriptedCard("3B00");
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdCard bridge = new VpcdCard("127.0.0.1", vpcd.port(), card)) {
            bridge.start();
            vpcd.accept();
            assertEquals(ATR, vpcd.exchange("04"));
            bridge.insert(other);
            assertThrows(IOException.class, () -> vpcd.exchange("04"));
            vpcd.accept();
            assertEquals("3B00", vpcd.exchange("04"));
        }
    }

    @Test
    void injectedFaultsCloseTheConnection() throws Exception {
        FaultyCard faulty = new FaultyCard(card, FaultPlan.parse("sw-at:1=6A82,remove-at:2"));
        List<String> status = new CopyOnWriteArrayList<>();
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdCard bridge = new VpcdCard("127.0.0.1", vpcd.port(), faulty)) {
            bridge.onStatus(status::add);
            bridge.start();
            vpcd.accept();
            assertEquals("6A82", vpcd.exchange("00A4040C0AD392F000260100000001"));
            assertThrows(IOException.class, () -> vpcd.exchange("00A4040C0AD392F000260100000001"));
            assertTrue(bridge.card().isEmpty());
            bridge.insert(new FaultyCard(card, FaultPlan.parse("vanish-at:1")));
            vpcd.accept();
            assertEquals(ATR, vpcd.exchange("04"));
            assertThrows(IOException.class, () -> vpcd.exchange("00A4040C0AD392F000260100000001"));
        }
        assertTrue(status.contains("card removed (injected fault)"), status.toString());
        assertTrue(status.get(status.size() - 1).startsWith("reader vanished"), status.toString());
    }

    @Test
    void faultsArmedWhileTheCardIsInApplyToTheNextCommands() throws Exception {
        FaultyCard faulty = new FaultyCard(card, FaultPlan.none());
        try (FakeVpcd vpcd = new FakeVpcd(); VpcdCard bridge = new VpcdCard("127.0.0.1", vpcd.port(), faulty)) {
            bridge.start();
            vpcd.accept();
            assertEquals("9000", vpcd.exchange("00A4040C0AD392F000260100000001"));
            faulty.arm(FaultPlan.parse("sw-at:2=6982"));
            assertEquals("9000", vpcd.exchange("00A4040C0AD392F000260100000001"));
            assertEquals("6982", vpcd.exchange("00A4040C0AD392F000260100000001"));
        }
    }

    @Test
    void waitsForVpcdAndConnectsWhenItAppears() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> status = new CopyOnWriteArrayList<>();
        try (VpcdCard bridge = new VpcdCard("127.0.0.1", port, card)) {
            bridge.onStatus(status::add);
            bridge.start();
            // vpcd appears only after the bridge has found it absent and started waiting for it
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (status.isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "the bridge never reported waiting for vpcd");
                Thread.onSpinWait();
            }
            try (FakeVpcd vpcd = new FakeVpcd(port)) {
                vpcd.accept();
                assertTrue(bridge.awaitConnected(Duration.ofSeconds(5)));
                assertEquals(ATR, vpcd.exchange("04"));
            }
        }
        assertTrue(status.get(0).startsWith("waiting for vpcd at 127.0.0.1:" + port), status.toString());
        assertTrue(status.contains("connected to vpcd at 127.0.0.1:" + port), status.toString());
    }
}
