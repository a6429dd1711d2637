package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardDriver.SELECT_COMMON;
import static dev.mynumber.sim.card.CardDriver.SELECT_JPKI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** READ BINARY and READ RECORD forms and lengths (spec §3.1, §3.3, §7 item 2). */
class ReadBinaryTest {
    private final CardDriver card = new CardDriver(TestContents.adult());
    private final byte[] authCert = TestContents.fileBytes(CardFile.JPKI_AUTH_CERT);
    private final byte[] signCert = TestContents.fileBytes(CardFile.JPKI_SIGN_CERT);

    @BeforeEach
    void selectJpki() {
        card.ok(SELECT_JPKI);
    }

    @Test
    void readsWithOffsetAndShortLe() {
        card.selectEf(0x000A);
        assertArrayEquals(Arrays.copyOfRange(authCert, 0, 4), card.ok("00B0000004"));
        assertArrayEquals(Arrays.copyOfRange(authCert, 4, 9), card.ok("00B0000405"));
    }

    @Test
    void leBeyondTheEndReturnsWhatExists() {
        card.selectEf(0x000A);
        assertArrayEquals(authCert, card.ok("00B0000000"));
        assertArrayEquals(Arrays.copyOfRange(authCert, 10, authCert.length), card.ok("00B0000AFF"));
    }

    @Test
    void offsetAtOrBeyondTheEndIsWrongOffset() {
        card.selectEf(0x000A);
        card.expect(0x6B00, String.format("00B0%04X01", authCert.length));
        card.expect(0x6B00, "00B07FFF01");
    }

    @Test
    void readsAWholeCertificateInChunksAndWithExtendedLe() {
        card.selectEf(0x001B);
        card.ok("0020008006414243313233");
        card.selectEf(0x0001);
        byte[] chunked = concat(card.ok("00B0000000"), card.ok("00B0010000"), card.ok("00B0020000"));
        assertArrayEquals(signCert, chunked);
        assertArrayEquals(signCert, card.ok("00B00000000000"));
        assertArrayEquals(Arrays.copyOfRange(signCert, 4, 4 + 0x0200), card.ok("00B00004000200"));
    }

    @Test
    void shortEfFormReadsAndSelectsTheEf() {
        assertArrayEquals(Arrays.copyOfRange(authCert, 3, 7), card.ok("00B08A0304"));
        // 000A is now the current EF
        assertArrayEquals(Arrays.copyOf(authCert, 2), card.ok("00B0000002"));
        assertArrayEquals(authCert, card.ok("00B08A00000000"));
        card.expect(0x6A82, "00B0850001");
        card.expect(0x6A86, "00B0C00001");
    }

    @Test
    void refusesKeyAndPinEfs() {
        card.selectEf(0x0017);
        card.expect(0x6981, "00B0000001");
        card.expect(0x6981, "00B0980001");
    }

    @Test
    void needsACurrentEfAndAnLe() {
        card.expect(0x6986, "00B0000001");
        card.selectEf(0x000A);
        card.expect(0x6700, "00B00000");
        card.expect(0x6700, "00B000000100");
    }

    @Test
    void readsRecordOneOfTheCommonApCardInfo() {
        card.ok(SELECT_COMMON);
        byte[] viaSfi = card.ok("00B2010C00");
        assertEquals(30, viaSfi.length);
        assertArrayEquals(TestContents.commonRecord(), viaSfi);
        assertArrayEquals(viaSfi, card.ok("00B2010400"));
        card.expect(0x6A83, "00B2020400");
        card.expect(0x6981, "00B0000001");
        card.expect(0x6A86, "00B2010500");
        assertEquals(0x9000, card.selectEf(0x001C));
        card.expect(0x6981, "00B2010400");
    }

    private static byte[] concat(byte[]... parts) {
        byte[] r = new byte[0];
        for (byte[] p : parts) {
            int at = r.length;
            r = Arrays.copyOf(r, at + p.length);
            System.arraycopy(p, 0, r, at, p.length);
        }
        return r;
    }
}
