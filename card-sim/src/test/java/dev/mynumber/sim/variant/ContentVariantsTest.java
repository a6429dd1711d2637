package dev.mynumber.sim.variant;

import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_JPKI;
import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_TEXT;
import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_VISUAL;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_TEXT_PIN;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_VISUAL_CODE_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.files.TlvParse;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.pki.CaGeneration;
import dev.mynumber.sim.pki.TestPki;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content variants, read from the card as bytes: DF52's signer, sex codes, photo size, CA generations. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContentVariantsTest {
    private static final int TAG_SEX_TEXT = 0xDF25;
    private static final int TAG_SEX_VISUAL = 0xDF23;
    private static final int TAG_PHOTO = 0xDF27;

    @Test
    void df52IsSignedByTheKeyCertifiedIn0004ByDefaultAndByTheIssuerKeyInTheVariant() throws Exception {
        TestPki pki = TestPki.get();
        List<TlvParse.Node> plain = apKey("");
        assertTrue(verifies(pki.textApSigner().getPublic(), plain));
        assertFalse(verifies(pki.textApIssuerKey(), plain));
        List<TlvParse.Node> issuer = apKey("df52-issuer");
        assertTrue(verifies(pki.textApIssuerKey(), issuer));
        assertFalse(verifies(pki.textApSigner().getPublic(), issuer));
        assertEquals(VariantCardDriver.hex(plain.get(0).raw()), VariantCardDriver.hex(issuer.get(0).raw()),
                "DF51 (the card's key) is the same");
    }

    @ParameterizedTest(name = "variant [{0}]")
    @CsvSource({"'', 1, 1", "sex-code-0, 0, 9", "sex-code-3, 3, 9", "sex-code-9, 9, 9"})
    void sexCodeIsWrittenInTextAndVisualApAndTheCertificateSaysWhatItCan(String variant, String card,
            String certificate) throws Exception {
        VariantCardDriver driver = new VariantCardDriver("adult", variant);
        driver.ok(SELECT_TEXT, VERIFY_TEXT_PIN);
        assertEquals(card, field(driver.readEf(0x0002), TAG_SEX_TEXT));
        driver.ok(SELECT_VISUAL, VERIFY_VISUAL_CODE_A);
        assertEquals(card, field(driver.readEf(0x0002), TAG_SEX_VISUAL));
        assertEquals(certificate, sanSex(signingCertificate(variant)));
    }

    @Test
    void largePhotoHasTheRealCardsSizeAndTheDefaultStaysSmall() throws Exception {
        byte[] large = photo("large-photo");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(large));
        assertEquals(300, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(large.length > 4_000 && large.length < 7_000, "JP2 of " + large.length + " bytes");
        assertEquals(150, ImageIO.read(new ByteArrayInputStream(photo(""))).getHeight());
        assertEquals(VariantCardDriver.hex(large), VariantCardDriver.hex(photo("large-photo")), "deterministic");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ca-2015, G2015", "ca-2023, G2023"})
    void holderCertificatesComeFromTheGenerationsCaWithTheSameDn(String variant, CaGeneration generation)
            throws Exception {
        VariantCardDriver driver = new VariantCardDriver("adult", variant);
        driver.ok(SELECT_JPKI);
        X509Certificate auth = certificate(driver.readEf(0x000A));
        TestPki pki = TestPki.get(generation);
        auth.verify(pki.authRoot().getPublicKey());
        assertThrows(SignatureException.class, () -> auth.verify(TestPki.get().authRoot().getPublicKey()));
        assertEquals(TestPki.get().authRoot().getSubjectX500Principal(), auth.getIssuerX500Principal());
        assertFalse(auth.getNotAfter().toInstant().isAfter(generation.notAfter()));
        assertEquals(pki.authRoot(), certificate(driver.readEf(0x000B)), "the card carries its generation's CA");
        X509Certificate sign = signingCertificate(variant);
        sign.verify(pki.signRoot().getPublicKey());
        assertEquals(generation.notAfter(), pki.signRoot().getNotAfter().toInstant());
    }

    @Test
    void the2015GenerationHasExpiredAsTheRealOneHas() throws Exception {
        assertEquals(Instant.parse("2025-10-19T14:59:59Z"), CaGeneration.G2015.notAfter());
        X509Certificate auth = certificate(SimulatedCards.contents(Personas.builtIn("adult"),
                Variants.parse("ca-2015")).file(CardFile.JPKI_AUTH_CERT).orElseThrow());
        assertEquals(CaGeneration.G2015.notAfter(), auth.getNotAfter().toInstant());
    }

    private static List<TlvParse.Node> apKey(String variant) {
        VariantCardDriver driver = new VariantCardDriver("adult", variant);
        driver.ok(SELECT_TEXT, VERIFY_TEXT_PIN);
        return TlvParse.at(driver.readEf(0x0007), 0).children();
    }

    private static boolean verifies(PublicKey key, List<TlvParse.Node> apKey) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(key);
        s.update(apKey.get(0).raw());
        return s.verify(apKey.get(1).value());
    }

    private static byte[] photo(String variant) {
        VariantCardDriver driver = new VariantCardDriver("adult", variant);
        driver.ok(SELECT_VISUAL, VERIFY_VISUAL_CODE_A);
        return node(driver.readEf(0x0002), TAG_PHOTO).value();
    }

    private static String field(byte[] file, int tag) {
        return new String(node(file, tag).value(), StandardCharsets.US_ASCII);
    }

    private static TlvParse.Node node(byte[] file, int tag) {
        return TlvParse.at(file, 0).children().stream().filter(n -> n.tag() == tag).findFirst().orElseThrow();
    }

    private static X509Certificate signingCertificate(String variant) throws Exception {
        return certificate(SimulatedCards.contents(Personas.builtIn("adult"), Variants.parse(variant))
                .file(CardFile.JPKI_SIGN_CERT).orElseThrow());
    }

    private static X509Certificate certificate(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** The SAN otherName 1.2.392.200149.8.5.5.3 (性別). */
    private static String sanSex(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue("2.5.29.17");
        GeneralNames names = GeneralNames.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(ext).getOctets());
        for (GeneralName n : names.getNames()) {
            ASN1Sequence seq = ASN1Sequence.getInstance(n.getName());
            if (seq.getObjectAt(0).toString().equals("1.2.392.200149.8.5.5.3")) {
                return DERUTF8String
                        .getInstance(ASN1TaggedObject.getInstance(seq.getObjectAt(1)).getExplicitBaseObject())
                        .getString();
            }
        }
        throw new AssertionError("no sex in the SAN");
    }
}
