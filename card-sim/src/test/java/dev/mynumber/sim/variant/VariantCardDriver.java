package dev.mynumber.sim.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.SimulatedCards;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/** A built-in persona's card playing some variants, driven with hex APDUs: the variant tests' view as bytes. */
final class VariantCardDriver {
    static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    static final String SELECT_TEXT = "00A4040C0AD3921000310001010408";
    static final String SELECT_VISUAL = "00A4040C0AD3921000310001010402";
    /** VERIFY of the adult persona's auth PIN 1234 by SFI ({@code 0018}). */
    static final String VERIFY_AUTH_PIN = "002000980431323334";
    /** VERIFY of the adult persona's signing password ABC123 by SFI ({@code 001B}). */
    static final String VERIFY_SIGN_PASSWORD = "0020009B06414243313233";
    /** VERIFY of the text AP PIN 1234 by SFI ({@code 0011}). */
    static final String VERIFY_TEXT_PIN = "002000910431323334";
    /** VERIFY of the visual AP 照合番号A (the adult persona's My Number) by SFI ({@code 0013}). */
    static final String VERIFY_VISUAL_CODE_A = "002000930C313233343030303030303132";
    /** A signature with the current key EF over a SHA-256 DigestInfo of 32 zero bytes. */
    static final String SIGN = "802A008033" + "3031300D060960864801650304020105000420" + "00".repeat(32) + "00";

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final SimCard card;

    VariantCardDriver(String persona, String variants) {
        this.card = SimulatedCards.create(persona, Variants.parse(variants));
    }

    /** Sends an APDU given as hex and returns the whole response. */
    byte[] send(String hex) {
        return card.transmit(HEX.parseHex(hex));
    }

    /** Sends an APDU and returns its status word as 4 hex digits. */
    String sw(String hex) {
        byte[] r = send(hex);
        return HEX.formatHex(r, r.length - 2, r.length);
    }

    /** Sends APDUs, asserting 9000 for each, and returns the last answer's data. */
    byte[] ok(String... hex) {
        byte[] data = new byte[0];
        for (String h : hex) {
            byte[] r = send(h);
            assertEquals("9000", HEX.formatHex(r, r.length - 2, r.length), () -> "SW for " + h);
            data = Arrays.copyOf(r, r.length - 2);
        }
        return data;
    }

    /** Reads the current application's EF {@code fid} whole, in short READ BINARY chunks of 256 bytes. */
    byte[] readEf(int fid) {
        ok(String.format("00A4020C02%04X", fid));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] r = send(String.format("00B0%04X00", out.size()));
            String sw = HEX.formatHex(r, r.length - 2, r.length);
            if (!sw.equals("9000")) {
                return out.toByteArray();
            }
            out.write(r, 0, r.length - 2);
            if (r.length - 2 < 256) {
                return out.toByteArray();
            }
        }
    }

    /** Returns hex of bytes. */
    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }
}
