package dev.mynumber.sim.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Published command sequences replayed against the simulator: each step pins the status word and the
 * response length the real card gave (spec §7.1), with this fixture's data in place of the real card's.
 */
class TranscriptTest {
    private final CardDriver card = new CardDriver(TestContents.adult());

    /** [TEX2E] real-card trace (PINs are placeholders there; the fixture's values here). */
    @Test
    void tex2eTrace() {
        step("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x9000, 0);
        step("00 A4 02 0C 02 00 0A", 0x9000, 0);
        step("00 B0 00 00 04", 0x9000, 4);
        int rest = TestContents.fileBytes(CardFile.JPKI_AUTH_CERT).length - 4;
        step("00 B0 00 04 00 06 1F", 0x9000, rest);
        step("00 A4 02 0C 02 00 1B", 0x9000, 0);
        step("00 20 00 80 06 41 42 43 31 32 33", 0x9000, 0);
        step("00 A4 02 0C 02 00 01", 0x9000, 0);
        step("00 B0 00 00 04", 0x9000, 4);
        step("00 A4 02 0C 02 00 18", 0x9000, 0);
        step("00 20 00 80 04 31 32 33 34", 0x9000, 0);
        step("00 A4 02 0C 02 00 17", 0x9000, 0);
        step("80 2A 00 80 33 " + HexFormat.of().formatHex(SignTest.digestInfo(new byte[] {1})) + " 00", 0x9000, 256);
        step("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08", 0x9000, 0);
        step("00 A4 02 0C 02 00 11", 0x9000, 0);
        step("00 20 00 80 04 31 32 33 34", 0x9000, 0);
        step("00 A4 02 0C 02 00 01", 0x9000, 0);
        assertArrayEquals(TestContents.myNumberFile(), step("00 B0 00 00 00", 0x9000, 17));
        step("00 A4 02 0C 02 00 02", 0x9000, 0);
        step("00 B0 00 02 01", 0x9000, 1);
    }

    /** [PORTAL] JPKI利用者ソフト showing the signing certificate, as observed with Wireshark. */
    @Test
    void jpkiUserSoftwareReadsTheSigningCertificate() {
        step("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x9000, 0);
        step("00 A4 02 0C 02 00 06", 0x9000, 0);
        step("00 B0 00 00 20", 0x9000, 0x20);
        step("00 A4 02 0C 02 00 01", 0x9000, 0);
        step("00 B0 00 00 01", 0x6982, 0);
        step("00 A4 02 0C 02 00 1B", 0x9000, 0);
        step("00 20 00 80 06 41 42 43 31 32 33", 0x9000, 0);
        step("00 A4 02 0C 02 00 01", 0x9000, 0);
        int size = TestContents.SIGN_CERT_SIZE;
        for (int offset = 0; offset < size; offset += 255) {
            step(String.format("00 B0 %04X FF", offset), 0x9000, Math.min(255, size - offset));
        }
    }

    /** [MBE] myna-browser-extension's short-EF-identifier commands. */
    @Test
    void browserExtensionUsesShortEfIdentifiers() {
        step("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", 0x9000, 0);
        step("00 20 00 98 04 31 32 33 34", 0x9000, 0);
        step("80 2A 00 97 33 " + HexFormat.of().formatHex(SignTest.digestInfo(new byte[] {2})) + " 00", 0x9000, 256);
        step("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08", 0x9000, 0);
        step("00 20 00 91 04 31 32 33 34", 0x9000, 0);
        byte[] digits = step("00 B0 81 03 0C", 0x9000, 12);
        assertArrayEquals(TestContents.ascii(TestContents.CODE_A), digits);
    }

    private byte[] step(String apdu, int sw, int length) {
        byte[] r = card.send(apdu.replace(" ", ""));
        assertEquals(String.format("%04X", sw), String.format("%04X", CardDriver.sw(r)), apdu);
        assertEquals(length, r.length - 2, apdu);
        return Arrays.copyOf(r, r.length - 2);
    }
}
