package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.SimCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of cards created from personas, driven by raw APDUs. */
class SimulatedCardsTest {
    private static final HexFormat HEX = HexFormat.of();

    static String sw(byte[] response) {
        return HEX.formatHex(response, response.length - 2, response.length).toUpperCase();
    }

    static byte[] send(SimCard card, String hex) {
        return card.transmit(HEX.parseHex(hex.replace(" ", "")));
    }

    static String verifyHex(String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        return String.format("00200080%02X", b.length) + HEX.formatHex(b);
    }

    @Test
    void adultReadsMyNumberWithDefaultTextPin() {
        SimCard card = SimulatedCards.create("adult");
        assertEquals("9000", sw(send(card, "00A4040C0AD3921000310001010408")));
        assertEquals("9000", sw(send(card, "00A4020C020011")));
        assertEquals("9000", sw(send(card, verifyHex("1234"))));
        assertEquals("9000", sw(send(card, "00A4020C020001")));
        byte[] r = send(card, "00B0000000");
        assertEquals("9000", sw(r));
        assertEquals("ff100c313233343030303030303132ffff", HEX.formatHex(Arrays.copyOf(r, 17)));
    }

    @Test
    void authBlockedPersonaAnswers6984() {
        SimCard card = SimulatedCards.create("auth-blocked");
        send(card, "00A4040C0AD392F000260100000001");
        send(card, "00A4020C020018");
        assertEquals("63C0", sw(send(card, "00200080")));
        assertEquals("6984", sw(send(card, verifyHex("1234"))));
    }

    @Test
    void childHasNoSigningCertificate() {
        SimCard card = SimulatedCards.create("child");
        send(card, "00A4040C0AD392F000260100000001");
        assertEquals("6A82", sw(send(card, "00A4020C020001")));
        assertEquals("9000", sw(send(card, "00A4020C02000A")));
    }

    @Test
    void codeBOpensTextAttributes() {
        SimCard card = SimulatedCards.create("adult");
        send(card, "00A4040C0AD3921000310001010408");
        send(card, "00A4020C020015");
        // 1985-04-12 = 昭和60年 -> 600412, expiry year 2035, security code 5678
        assertEquals("9000", sw(send(card, verifyHex("60041220355678"))));
        send(card, "00A4020C020002");
        byte[] r = send(card, "00B0000000");
        assertEquals("9000", sw(r));
        assertArrayEquals(HEX.parseHex("ff20"), Arrays.copyOf(r, 2));
    }

    @Test
    void stateFileKeepsABlockedPinAcrossRestarts(@TempDir Path dir) throws Exception {
        Path state = dir.resolve("state");
        SimCard card = SimulatedCards.create("adult", state);
        send(card, "00A4040C0AD392F000260100000001");
        send(card, "00A4020C020018");
        for (int i = 0; i < 3; i++) {
            send(card, verifyHex("9999"));
        }
        SimCard again = SimulatedCards.create("adult", state);
        send(again, "00A4040C0AD392F000260100000001");
        send(again, "00A4020C020018");
        assertEquals("6984", sw(send(again, verifyHex("1234"))));
        assertTrue(Files.exists(state));
    }

    @Test
    void unknownIdListsValidIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatedCards.create("nobody"));
        assertTrue(e.getMessage().contains("foreign-resident"), e.getMessage());
    }
}
