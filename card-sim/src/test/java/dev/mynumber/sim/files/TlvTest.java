package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TlvTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encodesOneAndTwoByteTagsAndAllLengthForms() {
        assertEquals("9003010001", HEX.formatHex(Tlv.of(0x90, HEX.parseHex("010001"))));
        assertEquals("df250131", HEX.formatHex(Tlv.of(0xDF25, new byte[] {'1'})));
        assertEquals("7f", HEX.formatHex(Tlv.length(127)));
        assertEquals("8180", HEX.formatHex(Tlv.length(128)));
        assertEquals("81ff", HEX.formatHex(Tlv.length(255)));
        assertEquals("820100", HEX.formatHex(Tlv.length(256)));
        assertEquals("82ffff", HEX.formatHex(Tlv.length(65535)));
        assertThrows(IllegalArgumentException.class, () -> Tlv.length(65536));
    }

    @Test
    void sha256OfAbcIsTheFipsVector() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HEX.formatHex(Tlv.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }
}
