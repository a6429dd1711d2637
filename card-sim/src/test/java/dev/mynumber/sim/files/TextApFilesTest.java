package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextApFilesTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final TestPki PKI = TestPki.get();

    @Test
    void myNumberFileIsSeventeenBytesWithFiller() {
        assertEquals("ff100c313233343030303030303132ffff",
                HEX.formatHex(TextApFiles.myNumber("123400000012")));
    }

    @Test
    void attributesHaveOffsetsFromFileStart() {
        byte[] file = TextApFiles.attributes("試験　太郎", "東京都", "19850412", "1");
        TlvParse.Node outer = TlvParse.at(file, 0);
        assertEquals(0xFF20, outer.tag());
        assertEquals(file.length, outer.end());
        List<TlvParse.Node> fields = outer.children();
        assertEquals(List.of(0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25), fields.stream().map(TlvParse.Node::tag).toList());
        byte[] table = fields.get(0).value();
        assertEquals(8, table.length);
        for (int i = 0; i < 4; i++) {
            int offset = ((table[2 * i] & 0xFF) << 8) | (table[2 * i + 1] & 0xFF);
            assertEquals(fields.get(i + 1).start(), offset, "offset of field " + i);
        }
        assertEquals("試験　太郎", new String(fields.get(1).value(), StandardCharsets.UTF_8));
        assertEquals("19850412", new String(fields.get(3).value(), StandardCharsets.US_ASCII));
    }

    @Test
    void shortAttributesMatchTheTracedHeaderShape() {
        // [TEX2E]: FF 20 <1-byte length> DF 21 08 ...
        byte[] file = TextApFiles.attributes("試験　太郎", "東京都千代田区", "19850412", "1");
        assertEquals("ff20", HEX.formatHex(file, 0, 2));
        assertEquals(file.length - 3, file[2] & 0xFF);
        assertEquals("df2108", HEX.formatHex(file, 3, 6));
        assertEquals(14, ((file[6] & 0xFF) << 8) | (file[7] & 0xFF));
    }

    @Test
    void longAttributesUseTwoByteLengthAndStillPointAtTheFields() {
        String longAddress = "東京都".repeat(20);
        byte[] file = TextApFiles.attributes("A", longAddress, "20000101", "9");
        assertEquals((byte) 0x81, file[2]);
        int first = ((file[7] & 0xFF) << 8) | (file[8] & 0xFF);
        assertEquals("df22", HEX.formatHex(file, first, first + 2));
    }

    @Test
    void integrityRecordDigestsAndSignatureVerifyWithTheCertifiedKey() throws Exception {
        byte[] myNumber = TextApFiles.myNumber("123400000012");
        byte[] attributes = TextApFiles.attributes("試験　太郎", "東京都", "19850412", "1");
        byte[] record = TextApFiles.integrity(myNumber, attributes, PKI.textApSigner());
        assertEquals(336, record.length);
        assertEquals("ff3082014bdf3120", HEX.formatHex(record, 0, 8));
        List<TlvParse.Node> f = TlvParse.at(record, 0).children();
        assertArrayEquals(Tlv.sha256(myNumber), f.get(0).value());
        int nameOffset = TlvParse.at(attributes, 0).children().get(1).start();
        assertArrayEquals(Tlv.sha256(Arrays.copyOfRange(attributes, nameOffset, attributes.length)), f.get(1).value());
        byte[] signed = Arrays.copyOfRange(record, f.get(0).start(), f.get(1).end());
        RSAPublicKey certified = CvCertificateTest.certifiedKey(
                TextApFiles.apCertificate(PKI.textApIssuer(), (RSAPublicKey) PKI.textApSigner().getPublic()),
                PKI.textApIssuerKey());
        assertTrue(CvCertificateTest.verify(certified, signed, f.get(2).value()));
    }

    @Test
    void basicInfoHasVersionKeyIdAndFiller() {
        byte[] file = TextApFiles.basicInfo(new byte[32]);
        List<TlvParse.Node> f = TlvParse.at(file, 0).children();
        assertEquals("01030e01", HEX.formatHex(f.get(0).value()));
        assertEquals("36303030303333080530303100000000", HEX.formatHex(f.get(1).value()));
        assertEquals(128, f.get(2).value().length);
        assertEquals((byte) 0xFF, f.get(2).value()[32]);
    }

    @Test
    void apKeyFileCarriesTheCardKeySignedByTheCertifiedKey() throws Exception {
        KeyPair card = dev.mynumber.sim.pki.TestKeys.card("adult", "textap-card");
        byte[] file = TextApFiles.apKey((RSAPublicKey) card.getPublic(), PKI.textApSigner());
        assertEquals("ff50820213df51820109", HEX.formatHex(file, 0, 10));
        List<TlvParse.Node> f = TlvParse.at(file, 0).children();
        assertEquals(((RSAPublicKey) card.getPublic()).getModulus(),
                new java.math.BigInteger(1, Arrays.copyOfRange(f.get(0).value(), 9, 265)));
        assertTrue(CvCertificateTest.verify((RSAPublicKey) PKI.textApSigner().getPublic(), f.get(0).raw(),
                f.get(1).value()));
    }
}
