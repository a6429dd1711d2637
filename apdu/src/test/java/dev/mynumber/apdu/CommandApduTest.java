package dev.mynumber.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javax.smartcardio.CommandAPDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hex vectors for every case, and a differential test against {@code javax.smartcardio.CommandAPDU}. */
class CommandApduTest {
    private static final int[] EDGE_NC = {0, 1, 2, 254, 255, 256, 257, 4095, 65534, 65535};
    private static final int[] EDGE_NE = {0, 1, 2, 255, 256, 257, 4096, 65535, 65536};

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "case 1, 00200098, 0, 0",
        "case 2 short, 00B0860020, 0, 32",
        "case 2 short Ne 256, 00B08A0000, 0, 256",
        "case 2 extended Ne 257, 00B08A00000101, 0, 257",
        "case 2 extended Ne 65536, 00B08A00000000, 0, 65536",
        "case 3 short, 00200098 04 31323334, 4, 0",
        "case 4 short Ne 256, 802A0097 03 010203 00, 3, 256",
        "case 4 extended by Ne, 802A0097 00 0003 010203 0101, 3, 257",
        "case 4 extended Ne 65536, 802A0097 00 0003 010203 0000, 3, 65536",
    })
    void hexVectors(String name, String hex, int nc, int ne) {
        byte[] data = new byte[nc];
        for (int i = 0; i < nc; i++) {
            data[i] = (byte) (nc == 4 ? '1' + i : i + 1);
        }
        byte[] header = Hex.decode(hex.replace(" ", "").substring(0, 8));
        CommandApdu apdu = new CommandApdu(header[0] & 0xFF, header[1] & 0xFF, header[2] & 0xFF, header[3] & 0xFF,
                data, ne);
        assertEquals(hex.replace(" ", ""), Hex.encode(apdu.bytes()));
        assertEquals(apdu, CommandApdu.parse(apdu.bytes()));
    }

    @Test
    void case3ExtendedWhenDataExceeds255() {
        CommandApdu apdu = new CommandApdu(0x80, 0xA2, 0x00, 0xC1, new byte[307]);
        byte[] b = apdu.bytes();
        assertEquals("80A200C1000133", Hex.encode(java.util.Arrays.copyOf(b, 7)));
        assertEquals(7 + 307, b.length);
        assertTrue(apdu.isExtended());
    }

    @Test
    void edgeCasesMatchSmartcardio() {
        for (int nc : EDGE_NC) {
            for (int ne : EDGE_NE) {
                assertSameAsSmartcardio(0x00, 0xB0, 0x8A, 0x00, new byte[nc], ne);
            }
        }
    }

    @Test
    void randomCasesMatchSmartcardio() {
        Random random = new Random(20261123);
        for (int i = 0; i < 5000; i++) {
            int nc = random.nextInt(4) == 0 ? random.nextInt(65536) : random.nextInt(300);
            int ne = random.nextInt(3) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(65536)
                    : 1 + random.nextInt(300);
            byte[] data = new byte[nc];
            random.nextBytes(data);
            assertSameAsSmartcardio(random.nextInt(256), random.nextInt(256), random.nextInt(256),
                    random.nextInt(256), data, ne);
        }
    }

    private static void assertSameAsSmartcardio(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        CommandApdu ours = new CommandApdu(cla, ins, p1, p2, data, ne);
        CommandAPDU jdk = new CommandAPDU(cla, ins, p1, p2, data, ne);
        String what = "Nc=" + data.length + " Ne=" + ne;
        assertArrayEquals(jdk.getBytes(), ours.bytes(), what);
        CommandAPDU reparsed = new CommandAPDU(ours.bytes());
        assertEquals(ne, reparsed.getNe(), what);
        assertArrayEquals(data, reparsed.getData(), what);
        assertEquals(ours, CommandApdu.parse(jdk.getBytes()), what);
    }

    @Test
    void copiesArraysInAndOut() {
        byte[] data = {1, 2, 3};
        CommandApdu apdu = new CommandApdu(0, 0x20, 0, 0x98, data);
        data[0] = 9;
        assertEquals(1, apdu.data()[0]);
        apdu.data()[1] = 9;
        assertEquals(2, apdu.data()[1]);
    }

    @Test
    void toStringNeverShowsTheData() {
        CommandApdu apdu = new CommandApdu(0, 0x20, 0, 0x98, "1234".getBytes(), 0);
        assertFalse(apdu.toString().contains("31323334"));
        assertEquals("CommandApdu[00 20 00 98, Nc=4, Ne=0]", apdu.toString());
    }

    @Test
    void valueEqualityUsesTheDataContent() {
        assertEquals(new CommandApdu(0, 1, 2, 3, new byte[] {4}), new CommandApdu(0, 1, 2, 3, new byte[] {4}));
        assertEquals(new CommandApdu(0, 1, 2, 3, new byte[] {4}).hashCode(),
                new CommandApdu(0, 1, 2, 3, new byte[] {4}).hashCode());
        assertNotEquals(new CommandApdu(0, 1, 2, 3, new byte[] {4}), new CommandApdu(0, 1, 2, 3, new byte[] {5}));
    }

    @Test
    void refusesOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new CommandApdu(256, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CommandApdu(0, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CommandApdu(0, 0, 0, 0, 65537));
        assertThrows(IllegalArgumentException.class, () -> new CommandApdu(0, 0, 0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new CommandApdu(0, 0, 0, 0, new byte[65536]));
    }

    @ParameterizedTest
    @CsvSource({"00B0", "00B0800005AABB", "00B080000000", "00B08000000101AA", "00200098033132333435", "00200098033132",
        "00B080000000030102"})
    void parseRefusesBadEncodings(String hex) {
        assertThrows(IllegalArgumentException.class, () -> CommandApdu.parse(Hex.decode(hex)));
    }

    @Test
    void withNeKeepsEverythingElse() {
        CommandApdu apdu = new CommandApdu(0, 0xB0, 0x8A, 0, 65536).withNe(0x23);
        assertEquals("00B08A0023", Hex.encode(apdu.bytes()));
    }
}
