package dev.mynumber.card.textap;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static dev.mynumber.card.fixtures.Bytes.cat;
import static dev.mynumber.card.fixtures.Bytes.filler;
import static dev.mynumber.card.fixtures.Bytes.hex;
import static dev.mynumber.card.fixtures.Bytes.tlv;
import static dev.mynumber.card.fixtures.Bytes.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.Sex;
import dev.mynumber.card.fixtures.CardFiles;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hex-vector tests of the text AP file codecs. */
class TextApCodecTest {
    @Test
    void myNumberFromThePhysicalFile() throws MalformedCardDataException {
        byte[] file = hex("FF100C" + "313233343536373839303138" + "FFFF");
        MyNumber n = MyNumber.parse(file);
        assertEquals("123456789018", n.digits());
        assertEquals("********9018", n.masked());
        assertFalse(n.toString().contains("9018"));
        assertArrayEquals(file, n.rawFile());
    }

    @Test
    void specCheckDigitExampleParses() throws MalformedCardDataException {
        assertEquals("621498320257", MyNumber.parse(hex("FF100C" + hex(ascii("621498320257")))).digits());
    }

    @Test
    void attributesAreDecodedThroughTheOffsetTable() throws MalformedCardDataException {
        byte[] file = CardFiles.attributesFile();
        BasicAttributes a = BasicAttributes.parse(cat(file, hex("FFFFFF"))); // filler after the TLV
        assertEquals("試験\u3000花子", a.name());
        assertTrue(a.name().contains("\u3000"));
        assertEquals(CardFiles.ADDRESS, a.address());
        assertEquals(LocalDate.of(1985, 4, 1), a.birthDate());
        assertEquals(Sex.FEMALE, a.sex());
        assertEquals("BasicAttributes[redacted]", a.toString());
        // signed part: from the DF22 tag to the end of DF25 (junk TLV between included, as the card's bytes are)
        byte[] signed = a.signedPart();
        assertEquals(0xDF, signed[0] & 0xFF);
        assertEquals(0x22, signed[1]);
        assertEquals('2', signed[signed.length - 1]);
    }

    /** FF20 24 | DF21 08 000E 0013 0018 0023 | DF22 02 "AB" | DF23 02 "CD" | DF24 08 "20000229" | DF25 01 "1". */
    static final String SMALL = "FF2024DF2108000E001300180023DF22024142DF23024344DF24083230303030323239DF250131";

    @Test
    void hexVectorOfASmallAttributesFile() throws MalformedCardDataException {
        BasicAttributes a = BasicAttributes.parse(hex(SMALL));
        assertEquals("AB", a.name());
        assertEquals("CD", a.address());
        assertEquals(LocalDate.of(2000, 2, 29), a.birthDate());
        assertEquals(Sex.MALE, a.sex());
        assertEquals("DF22024142DF23024344DF24083230303030323239DF250131", hex(a.signedPart()));
    }

    @Test
    void badOffsetTablesAreMalformed() {
        String good = SMALL;
        String[] bad = {
            good.replace("DF2108000E0013", "DF2108000F0013"), // offset into the middle of a field
            good.replace("DF2108000E0013", "DF2108FFFF0013"), // offset outside the file
            good.replace("DF2108000E", "DF2106000E"), // short table
            good.replace("DF24083230303030323239", "DF24083230303030323330"), // 2000-02-30
            good.replace("DF22024142", "DF220241FF"), // not UTF-8
            good.replace("DF250131", "DF250141"), // sex not a digit
            good.replace("DF2108", "DF2908"), // no table
            good.substring(0, good.length() - 6), // truncated
        };
        for (String b : bad) {
            assertThrows(MalformedCardDataException.class, () -> BasicAttributes.parse(hex(b)), b);
        }
    }

    @Test
    void integrityRecordKeepsTheSignedTlvs() throws MalformedCardDataException {
        IntegrityRecord r = IntegrityRecord.parse(CardFiles.integrityFile());
        assertArrayEquals(filler(32, 1), r.myNumberDigest());
        assertArrayEquals(filler(32, 2), r.attributesDigest());
        assertArrayEquals(cat(tlv(0xDF31, filler(32, 1)), tlv(0xDF32, filler(32, 2))), r.signedData());
        assertEquals("FF3082014B", hex(Arrays.copyOf(r.encoded(), 5))); // the size in spec §5.3
        assertThrows(MalformedCardDataException.class, () -> IntegrityRecord.parse(
                tlv(0xFF30, tlv(0xDF31, filler(31, 1)), tlv(0xDF32, filler(32, 2)), tlv(0xDF33, filler(256, 3)))));
        assertThrows(MalformedCardDataException.class, () -> IntegrityRecord.parse(
                tlv(0xFF30, tlv(0xDF31, filler(32, 1)), tlv(0xDF32, filler(32, 2)))));
    }

    @Test
    void cvCertificateLayout() throws Exception {
        byte[] file = CardFiles.cvCertificate();
        assertEquals("7F21820233", hex(Arrays.copyOf(file, 5))); // 568 bytes as in spec §5.3
        CvCertificate c = CvCertificate.parse(file, "t");
        assertEquals(297, c.body().length);
        assertArrayEquals(ascii("5000033"), Arrays.copyOf(c.issuerKeyId(), 7));
        assertEquals("010001", hex(c.publicExponent()));
        assertEquals(2048, c.publicKey().getModulus().bitLength());
        assertArrayEquals(file, c.encoded());
        byte[] noSignature = tlv(0x7F21, tlv(0x5F4E, filler(297, 1)));
        assertThrows(MalformedCardDataException.class, () -> CvCertificate.parse(noSignature, "t"));
        assertThrows(MalformedCardDataException.class,
                () -> CvCertificate.parse(cat(hex("7F21820233"), filler(100, 0)), "t"));
        assertThrows(MalformedCardDataException.class, () -> CvCertificate.parse(utf8("x"), "t"));
    }
}
