package dev.mynumber.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.transport.TransportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hex vectors for the small protocol values: status words, responses, AIDs, file ids and hex. */
class ValuesTest {
    @ParameterizedTest
    @CsvSource({"9000, SUCCESS", "63C2, COUNTER_2", "63C0, COUNTER_0", "6984, REFERENCE_DATA_NOT_USABLE",
        "6982, SECURITY_STATUS_NOT_SATISFIED", "6A82, FILE_NOT_FOUND", "6700, WRONG_LENGTH", "6110, BYTES_REMAINING",
        "6C20, WRONG_LE", "6881, LOGICAL_CHANNEL_NOT_SUPPORTED", "6B00, WRONG_P1_P2", "1234, UNKNOWN"})
    void statusWordNames(String hex, String name) {
        StatusWord sw = new StatusWord(Integer.parseInt(hex, 16));
        assertEquals(name, sw.name());
        assertEquals(hex + " " + name, sw.toString());
    }

    @Test
    void statusWordBytes() {
        StatusWord sw = StatusWord.of(0x63, 0xC1);
        assertEquals(0x63, sw.sw1());
        assertEquals(0xC1, sw.sw2());
        assertFalse(sw.isSuccess());
        assertTrue(StatusWord.of((byte) 0x90, 0).isSuccess());
        assertThrows(IllegalArgumentException.class, () -> new StatusWord(0x10000));
    }

    @Test
    void responseParse() throws TransportException {
        ResponseApdu r = ResponseApdu.parse(Hex.decode("0102036282"));
        assertArrayEquals(new byte[] {1, 2, 3}, r.data());
        assertEquals(0x6282, r.sw().value());
        assertEquals("0102036282", Hex.encode(r.bytes()));
        assertEquals("ResponseApdu[3 bytes, 6282 END_OF_FILE_REACHED]", r.toString());
        assertEquals(0, ResponseApdu.parse(Hex.decode("9000")).dataLength());
    }

    @Test
    void responseWithoutStatusWordIsATransportError() {
        for (String hex : new String[] {"", "90"}) {
            TransportException e = assertThrows(TransportException.class, () -> ResponseApdu.parse(Hex.decode(hex)));
            assertEquals(ErrorCode.TRANSPORT_ERROR, e.code());
        }
    }

    @Test
    void aid() {
        Aid aid = Aid.fromHex("D392F000260100000001");
        assertEquals(10, aid.length());
        assertEquals("Aid[D392F000260100000001]", aid.toString());
        assertEquals(aid, Aid.fromHex("d392f000260100000001"));
        aid.bytes()[0] = 0;
        assertEquals((byte) 0xD3, aid.bytes()[0]);
        assertThrows(IllegalArgumentException.class, () -> Aid.fromHex("D392F000"));
        assertThrows(IllegalArgumentException.class, () -> new Aid(new byte[17]));
    }

    @Test
    void fileIdAndShortIds() {
        assertTrue(FileId.of(0x0001).hasShortId());
        assertEquals(0x1E, FileId.of(0x001E).shortId());
        assertFalse(FileId.of(0x001F).hasShortId());
        assertFalse(FileId.of(0x0000).hasShortId());
        assertFalse(FileId.of(0x2F10).hasShortId());
        assertThrows(IllegalStateException.class, () -> FileId.of(0x2F10).shortId());
        assertArrayEquals(new byte[] {0x2F, 0x10}, FileId.of(0x2F10).bytes());
        assertEquals("000A", FileId.of(10).toString());
        assertThrows(IllegalArgumentException.class, () -> FileId.of(0x10000));
    }

    @Test
    void hex() {
        assertEquals("00FF7F80", Hex.encode(new byte[] {0, -1, 127, -128}));
        assertArrayEquals(new byte[] {0, -1, 127, -128}, Hex.decode("00ff7F80"));
        assertEquals("", Hex.encode(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("ABC"));
        assertThrows(IllegalArgumentException.class, () -> Hex.decode("0G"));
    }
}
