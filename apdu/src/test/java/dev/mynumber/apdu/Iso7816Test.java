package dev.mynumber.apdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every command factory against the bytes of spec §3.1 and §7.1 (real-card traces where there are some). */
class Iso7816Test {
    private static String hex(CommandApdu apdu) {
        return Hex.encode(apdu.bytes());
    }

    @Test
    void selects() {
        // [TEX2E] trace lines
        assertEquals("00A4040C0AD392F000260100000001", hex(Iso7816.selectByName(Aid.fromHex("D392F000260100000001"))));
        assertEquals("00A4020C02000A", hex(Iso7816.selectFile(FileId.of(0x000A))));
    }

    @Test
    void readBinary() {
        assertEquals("00B0000004", hex(Iso7816.readBinary(0, 4))); // [TEX2E]
        assertEquals("00B0000400061F", hex(Iso7816.readBinary(4, 0x61F))); // [TEX2E], extended Le
        assertEquals("00B0000000", hex(Iso7816.readBinary(0, 256)));
        assertEquals("00B07FFF01", hex(Iso7816.readBinary(0x7FFF, 1)));
        assertEquals("00B08A00000000", hex(Iso7816.readBinaryShortId(0x0A, 0, 65536))); // [NFCPY] form
        assertEquals("00B081030C", hex(Iso7816.readBinaryShortId(1, 3, 12))); // [MBE]
        assertEquals("00B0820201", hex(Iso7816.readBinaryShortId(2, 2, 1))); // [MBE]
        assertThrows(IllegalArgumentException.class, () -> Iso7816.readBinary(0x8000, 1));
        assertThrows(IllegalArgumentException.class, () -> Iso7816.readBinaryShortId(31, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Iso7816.readBinaryShortId(1, 256, 1));
        assertThrows(IllegalArgumentException.class, () -> Iso7816.readBinary(0, 0));
    }

    @Test
    void verify() {
        byte[] pin = "1234".getBytes(StandardCharsets.US_ASCII);
        assertEquals("002000800431323334", hex(Iso7816.verify(0x80, pin))); // [TEX2E]
        assertEquals("002000980431323334", hex(Iso7816.verify(0x98, pin))); // [MBE]
        assertEquals("00200098", hex(Iso7816.verifyQuery(0x98)));
        assertThrows(IllegalArgumentException.class, () -> Iso7816.verify(0x80, new byte[0]));
    }

    @Test
    void records() {
        assertEquals("00B2010C00", hex(Iso7816.readRecord(1, FileId.of(1), 256))); // spec §3.1
        assertEquals("00B2010400", hex(Iso7816.readRecordCurrent(1, 256)));
        assertThrows(IllegalStateException.class, () -> Iso7816.readRecord(1, FileId.of(0x2F00), 256));
    }

    @Test
    void others() {
        assertEquals("0084000010", hex(Iso7816.getChallenge(16)));
        assertEquals("0084000000", hex(Iso7816.getChallenge(256)));
        assertEquals("00C0000020", hex(Iso7816.getResponse(32)));
        assertEquals("00CA00F200", hex(Iso7816.getData(0x00F2, 256)));
        assertEquals("00CA7F21000000", hex(Iso7816.getData(0x7F21, 65536)));
        assertEquals("0024018003393837",
                hex(Iso7816.changeReferenceData(0x80, "987".getBytes(StandardCharsets.US_ASCII))));
    }
}
