package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.pki.TestKeys;
import dev.mynumber.sim.pki.TestPki;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VisualApFilesTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final TestPki PKI = TestPki.get();
    private static final RSAPublicKey CARD_KEY = (RSAPublicKey) TestKeys.card("adult", "visualap-card").getPublic();
    private static byte[] face;
    private static List<TlvParse.Node> fields;

    @BeforeAll
    static void buildFace() {
        CardFace input = new CardFace("19850412", "1", CARD_KEY, TextImages.png("試験　太郎", 480, 40, 28),
                TextImages.png("東京都千代田区", 480, 72, 20), Photo.jp2(1), "20350412",
                TextImages.png("5678", 24, 12, 11));
        face = VisualApFiles.face(input, PKI.visualApSigner());
        fields = TlvParse.at(face, 0).children();
    }

    @Test
    void faceHasNineFieldsAndAnOffsetTableFromFileStart() {
        assertEquals("ff2082", HEX.formatHex(face, 0, 3));
        assertEquals(List.of(0xDF21, 0xDF22, 0xDF23, 0xDF24, 0xDF25, 0xDF26, 0xDF27, 0xDF28, 0xDF29, 0xDF2A),
                fields.stream().map(TlvParse.Node::tag).toList());
        byte[] table = fields.get(0).value();
        assertEquals(18, table.length);
        for (int i = 0; i < 9; i++) {
            assertEquals(fields.get(i + 1).start(), ((table[2 * i] & 0xFF) << 8) | (table[2 * i + 1] & 0xFF));
        }
        assertEquals("3139383530343132", HEX.formatHex(fields.get(1).value()));
        assertEquals("9003010001918201", HEX.formatHex(fields.get(3).value(), 0, 8));
        assertEquals("3230333530343132", HEX.formatHex(fields.get(8).value()));
    }

    @Test
    void photoIsGreyscaleJp2AndImagesAreOneBitPng() throws Exception {
        byte[] photo = fields.get(6).value();
        assertEquals("0000000c6a502020", HEX.formatHex(photo, 0, 8));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(photo));
        assertEquals(Photo.WIDTH, decoded.getWidth());
        assertEquals(1, decoded.getRaster().getNumBands());
        BufferedImage name = ImageIO.read(new ByteArrayInputStream(fields.get(4).value()));
        assertEquals(1, name.getColorModel().getPixelSize());
        BufferedImage code = ImageIO.read(new ByteArrayInputStream(fields.get(9).value()));
        assertEquals(24, code.getWidth());
        assertEquals(12, code.getHeight());
    }

    @Test
    void signatureOverThreeDigestsVerifiesWithTheKeyCertifiedInEf0004() throws Exception {
        RSAPublicKey certified = CvCertificateTest.certifiedKey(
                VisualApFiles.apCertificate(PKI.visualApIssuer(), (RSAPublicKey) PKI.visualApSigner().getPublic()),
                PKI.visualApIssuerKey());
        byte[] digestInfo = Tlv.concat(HEX.parseHex("3071300d060960864801650304020105000460"),
                Tlv.sha256(Tlv.concat(fields.get(1).raw(), fields.get(2).raw(), fields.get(3).raw())),
                Tlv.sha256(Tlv.concat(fields.get(4).raw(), fields.get(5).raw())),
                Tlv.sha256(fields.get(6).raw()));
        Signature s = Signature.getInstance("NONEwithRSA");
        s.initVerify(certified);
        s.update(digestInfo);
        assertTrue(s.verify(fields.get(7).value()));
    }

    @Test
    void ageRecordHasSpecSizeAndVerifies() throws Exception {
        byte[] age = VisualApFiles.ageRecord("19850412", CARD_KEY, PKI.visualApSigner());
        assertEquals("ff1082021e" + "df11083139383530343132" + "df12820109", HEX.formatHex(age, 0, 21));
        assertEquals(0x21E + 5, age.length);
        List<TlvParse.Node> f = TlvParse.at(age, 0).children();
        assertTrue(CvCertificateTest.verify((RSAPublicKey) PKI.visualApSigner().getPublic(),
                Tlv.concat(f.get(0).raw(), f.get(1).raw()), f.get(2).value()));
    }

    @Test
    void basicInfoAndMyNumberImageHaveTheSpecFields() {
        List<TlvParse.Node> info = TlvParse.at(VisualApFiles.basicInfo("13101", PKI.visualApSigner()), 0).children();
        assertEquals(List.of(0xDF31, 0xDF32, 0xDF33, 0xDF34, 0xDF35), info.stream().map(TlvParse.Node::tag).toList());
        assertEquals("06030e01", HEX.formatHex(info.get(0).value()));
        assertEquals("3133313031", HEX.formatHex(info.get(3).value()));
        assertEquals(0x110, info.get(4).value().length);
        byte[] png = TextImages.png("123400000012", 72, 12, 10);
        List<TlvParse.Node> image = TlvParse.at(VisualApFiles.myNumberImage(png, CARD_KEY, PKI.visualApSigner()), 0)
                .children();
        assertArrayEquals(png, image.get(0).value());
        assertEquals(List.of(0xDF41, 0xDF42, 0xDF43), image.stream().map(TlvParse.Node::tag).toList());
    }
}
