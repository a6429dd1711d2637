package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class JpkiFilesTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void tokenInfoIsA160ByteTokenInfoWithTheCardLabel() {
        byte[] t = JpkiFiles.tokenInfo("TEST0123456789AB");
        assertEquals(160, t.length);
        assertEquals("JPKIAPICCTOKEN2                 ", new String(t, 0, 32, StandardCharsets.US_ASCII));
        assertEquals("TEST0123456789AB", new String(t, 80, 16, StandardCharsets.US_ASCII));
        assertEquals("0000040d", HEX.formatHex(t, 96, 100));
        assertEquals("00000010" + "00000004", HEX.formatHex(t, 116, 124));
        assertEquals("ff".repeat(16), HEX.formatHex(t, 124, 140));
        assertEquals("30333031", HEX.formatHex(t, 140, 144));
        assertEquals(" ".repeat(16), new String(Arrays.copyOfRange(t, 144, 160), StandardCharsets.US_ASCII));
    }

    @Test
    void certFlagsDifferForAChild() {
        assertEquals("8f8f00", HEX.formatHex(JpkiFiles.certFlags(true)));
        assertEquals("008f00", HEX.formatHex(JpkiFiles.certFlags(false)));
    }

    @Test
    void commonApRecordIsSimpleTlvOf28Digits() {
        assertEquals("011c" + HEX.formatHex("0123456789012341310120350412".getBytes(StandardCharsets.US_ASCII)),
                HEX.formatHex(CommonApFiles.cardInfo("012345678901234", "13101", "20350412")));
        assertThrows(IllegalArgumentException.class, () -> CommonApFiles.cardInfo("1", "13101", "20350412"));
    }
}
