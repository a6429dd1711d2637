package dev.mynumber.apdu.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.Hex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hex vectors for the BER-TLV codec: one- to three-byte tags, long lengths, truncated and invalid input. */
class BerTlvTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // input, tag, header length, value length
        "FF100C, FF10, 3, 12",           // text AP 0001 [TEX2E]
        "FF2068, FF20, 3, 104",
        "FF3082014B, FF30, 5, 331",      // text AP 0003 [MC-text]
        "7F21820233, 7F21, 5, 563",      // CV certificate [MC-data]
        "3082061F, 30, 4, 1567",         // auth certificate [TEX2E]
        "DF2281FF, DF22, 4, 255",
        "DF2783010000, DF27, 6, 65536",
        "5F4E820129, 5F4E, 5, 297",
        "9F8101 00, 9F8101, 4, 0",       // three-byte tag
        "0100, 01, 2, 0",
    })
    void headers(String hex, String tag, int headerLength, int valueLength) throws MalformedTlvException {
        TlvHeader h = BerTlv.readHeader(Hex.decode(hex.replace(" ", ""))).orElseThrow();
        assertEquals(new TlvHeader(Integer.parseInt(tag, 16), headerLength, valueLength), h);
        assertEquals(headerLength + valueLength, h.totalLength());
    }

    @ParameterizedTest
    @CsvSource({"''", "FF", "DF", "9F81", "FF10", "3081", "308206", "DF278301"})
    void truncatedHeadersAskForMore(String hex) throws MalformedTlvException {
        assertEquals(Optional.empty(), BerTlv.readHeader(Hex.decode(hex)));
    }

    @ParameterizedTest
    @CsvSource({"3080", "3084", "30FF", "9F818101"})
    void invalidHeadersAreMalformed(String hex) {
        MalformedTlvException e = assertThrows(MalformedTlvException.class, () -> BerTlv.readHeader(Hex.decode(hex)));
        assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code());
    }

    @Test
    void parseOneKeepsTheRawBytesAndIgnoresFiller() throws MalformedTlvException {
        byte[] file = Hex.decode("FF100C313233343536373839303138FFFF"); // 17 physical bytes, [TEX2E]
        Tlv tlv = BerTlv.parseOne(file, 0);
        assertEquals(0xFF10, tlv.tag());
        assertEquals("313233343536373839303138", Hex.encode(tlv.value()));
        assertEquals("FF100C313233343536373839303138", Hex.encode(tlv.encoded()));
        assertEquals(12, tlv.length());
    }

    @Test
    void parseOneAtAnOffsetAndNonMinimalLengthStaysRaw() throws MalformedTlvException {
        byte[] data = Hex.decode("AAAA DF23820002 4142".replace(" ", ""));
        Tlv tlv = BerTlv.parseOne(data, 2);
        assertEquals("DF238200024142", Hex.encode(tlv.encoded()));
        assertEquals("4142", Hex.encode(tlv.value()));
    }

    @ParameterizedTest
    @CsvSource({"FF100C3132, 0", "DF22820100AA, 0", "3004020101, 0", "DF22, 0", "0100, 2", "0100, -1"})
    void truncatedValuesAreMalformed(String hex, int offset) {
        assertThrows(MalformedTlvException.class, () -> BerTlv.parseOne(Hex.decode(hex), offset));
    }

    @Test
    void parseAllAndChildren() throws MalformedTlvException {
        byte[] integrity = Hex.decode("FF300BDF310101DF320102DF3300");
        Tlv outer = BerTlv.parseOne(integrity, 0);
        assertTrue(outer.isConstructed());
        List<Tlv> children = outer.children();
        assertEquals(3, children.size());
        assertEquals(0xDF32, children.get(1).tag());
        assertEquals("DF320102", Hex.encode(outer.require(0xDF32).encoded()));
        assertEquals(0, outer.require(0xDF33).length());
        assertFalse(outer.find(0xDF34).isPresent());
        assertThrows(MalformedTlvException.class, () -> outer.require(0xDF34));
        assertFalse(children.get(0).isConstructed());
    }

    @Test
    void parseAllRefusesTrailingGarbage() {
        assertThrows(MalformedTlvException.class, () -> BerTlv.parseAll(Hex.decode("010101FF")));
        assertThrows(MalformedTlvException.class, () -> BerTlv.parseOne(Hex.decode("FF0403010203"), 0).children());
    }

    @ParameterizedTest
    @CsvSource({"0, 00", "127, 7F", "128, 8180", "255, 81FF", "256, 820100", "65535, 82FFFF", "65536, 83010000",
        "16777215, 83FFFFFF"})
    void lengthEncoding(int length, String hex) {
        assertEquals(hex, Hex.encode(BerTlv.encodeLength(length)));
    }

    @Test
    void encodeRoundTrips() throws MalformedTlvException {
        for (int tag : new int[] {0x01, 0x30, 0xDF22, 0xFF20, 0x7F21, 0x9F8101}) {
            for (int n : new int[] {0, 1, 127, 128, 255, 256, 65535, 65536}) {
                byte[] value = new byte[n];
                if (n > 0) {
                    value[n - 1] = (byte) 0xA5;
                }
                Tlv tlv = Tlv.of(tag, value);
                Tlv back = BerTlv.parseOne(tlv.encoded(), 0);
                assertEquals(tag, back.tag());
                assertArrayEquals(value, back.value());
                assertEquals(tlv, back);
            }
        }
        assertEquals("DF220141", Hex.encode(Tlv.of(0xDF22, new byte[] {0x41}).encoded()));
        assertEquals("7F2100", Hex.encode(Tlv.of(0x7F21, new byte[0]).encoded()));
    }

    @Test
    void toStringShowsNoValue() {
        assertEquals("Tlv[DF22, 4 bytes]", Tlv.of(0xDF22, Hex.decode("31323334")).toString());
    }
}
