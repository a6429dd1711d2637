package dev.mynumber.sim.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hex vectors for the engine's own APDU parser (ISO 7816-4 cases 1-4, short and extended). */
class CommandApduTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // hex, Lc, Ne, extended
        "00A4040C,                 0, -1, false",
        "00B0000000,               0, 256, false",
        "00B00000FF,               0, 255, false",
        "00A4020C020001,           2, -1, false",
        "802A00800301020300,       3, 256, false",
        "00B0000400061F,           0, 1567, true",
        "00B00000000000,           0, 65536, true",
        "802A0080000003010203,     3, -1, true",
    })
    void parsesCases(String hex, int lc, int ne, boolean extended) {
        CommandApdu a = CommandApdu.parse(HexFormat.of().parseHex(hex)).orElseThrow();
        assertEquals(lc, a.data().length);
        assertEquals(ne, a.ne());
        assertEquals(extended, a.extended());
    }

    @ParameterizedTest
    @CsvSource({"802A00800000030102030000, 65536", "802A00800000030102030100, 256"})
    void parsesExtendedCase4(String hex, int ne) {
        CommandApdu a = CommandApdu.parse(HexFormat.of().parseHex(hex)).orElseThrow();
        assertArrayEquals(new byte[] {1, 2, 3}, a.data());
        assertEquals(ne, a.ne());
        assertTrue(a.extended());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "00A404", "00A4040C0501", "00A4040C0201", "00B000000000",
        "00B000000000000102", "802A00800000", "802A0080000002010203", "802A008000000301020300"})
    void rejectsMalformed(String hex) {
        assertFalse(CommandApdu.parse(HexFormat.of().parseHex(hex)).isPresent(), hex);
    }

    @org.junit.jupiter.api.Test
    void copiesDataInAndOut() {
        byte[] data = {1, 2};
        CommandApdu a = new CommandApdu(0, 0xA4, 2, 0x0C, data, -1, false);
        data[0] = 9;
        a.data()[1] = 9;
        assertArrayEquals(new byte[] {1, 2}, a.data());
    }
}
