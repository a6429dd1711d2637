package dev.mynumber.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Sends hex APDUs to a simulated card and checks status words; the test's view of the card as bytes.
 */
final class CardDriver {
    static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    static final String SELECT_TEXT = "00A4040C0AD3921000310001010408";
    static final String SELECT_VISUAL = "00A4040C0AD3921000310001010402";
    static final String SELECT_JUKI = "00A4040C0AD3921000310001010401";
    static final String SELECT_COMMON = "00A4040C0AD3921000310001010100";
    static final String SELECT_ISD = "00A4040C07A0000001510000";

    final MyNumberCardSim card;

    CardDriver(MyNumberCardSim card) {
        this.card = card;
    }

    CardDriver(CardContents contents) {
        this(new MyNumberCardSim(contents));
    }

    /** Sends an APDU given as hex (spaces allowed) and returns the whole response. */
    byte[] send(String hex) {
        return card.transmit(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** Sends an APDU and returns its status word. */
    int sw(String hex) {
        return sw(send(hex));
    }

    /** Sends an APDU, asserts 9000 and returns the response data. */
    byte[] ok(String hex) {
        byte[] r = send(hex);
        assertEquals(0x9000, sw(r), () -> "SW for " + hex);
        return Arrays.copyOf(r, r.length - 2);
    }

    /** Sends an APDU and asserts its status word. */
    void expect(int sw, String hex) {
        assertEquals(String.format("%04X", sw), String.format("%04X", sw(hex)), () -> "SW for " + hex);
    }

    /** SELECT EF by identifier ({@code 00 A4 02 0C 02 fid}). */
    int selectEf(int fid) {
        return sw(String.format("00A4020C02%04X", fid));
    }

    /** VERIFY of the key reference with SFI {@code fid} with an ASCII value. */
    int verify(int fid, String value) {
        byte[] v = TestContents.ascii(value);
        return sw(String.format("002000%02X%02X%s", 0x80 | fid, v.length, HexFormat.of().formatHex(v)));
    }

    /** Empty VERIFY (query of the tries left) of the key reference with SFI {@code fid}. */
    int query(int fid) {
        return sw(String.format("002000%02X", 0x80 | fid));
    }

    static int sw(byte[] r) {
        return ((r[r.length - 2] & 0xFF) << 8) | (r[r.length - 1] & 0xFF);
    }

    static String hex(byte[] b) {
        return HexFormat.of().withUpperCase().formatHex(b);
    }
}
