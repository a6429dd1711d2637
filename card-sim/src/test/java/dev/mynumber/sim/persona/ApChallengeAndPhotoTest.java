package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.files.TlvParse;
import dev.mynumber.sim.pki.RealTool;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Card presence proofs end to end: the AP challenge signatures verify with the public keys published in the
 * text AP's {@code 0007}/{@code DF51} and the visual AP's {@code DF24}; the photo decodes with OpenJPEG.
 */
class ApChallengeAndPhotoTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void textApChallengeVerifiesWithDf51() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("adult"));
        List<TlvParse.Node> apKey = TlvParse.at(c.file(CardFile.TEXT_AP_KEY).orElseThrow(), 0).children();
        SimCard card = SimulatedCards.create("adult");
        send(card, "00A4040C0AD3921000310001010408");
        assertChallengeVerifies(card, key(apKey.get(0).value()));
    }

    @Test
    void visualApChallengeVerifiesWithDf24() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("child"));
        List<TlvParse.Node> face = TlvParse.at(c.file(CardFile.VISUAL_FACE).orElseThrow(), 0).children();
        SimCard card = SimulatedCards.create("child");
        send(card, "00A4040C0AD3921000310001010402");
        assertChallengeVerifies(card, key(face.get(3).value()));
    }

    @Test
    @Tag("pcsc")
    void photoDecodesWithOpenJpeg(@TempDir Path dir) throws Exception {
        RealTool.require("opj_decompress", "-h");
        CardContents c = SimulatedCards.contents(Personas.builtIn("adult"));
        byte[] photo = TlvParse.at(c.file(CardFile.VISUAL_FACE).orElseThrow(), 0).children().get(6).value();
        Files.write(dir.resolve("photo.jp2"), photo);
        var r = RealTool.run(dir, "opj_decompress", "-i", "photo.jp2", "-o", "photo.pgm");
        assertEquals(0, r.exitCode(), r.output());
        String pgm = Files.readString(dir.resolve("photo.pgm"), java.nio.charset.StandardCharsets.ISO_8859_1);
        // P5 = 8-bit greyscale; OpenJPEG adds a comment line before the size
        assertTrue(pgm.startsWith("P5\n") && pgm.contains("\n120 150\n255\n"), pgm.substring(0, 40));
    }

    private static void assertChallengeVerifies(SimCard card, RSAPublicKey key) throws Exception {
        byte[] challenge = strip(send(card, "0084000010"));
        assertEquals(16, challenge.length);
        byte[] digestInfo = HEX.parseHex("3031300d060960864801650304020105000420"
                + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(challenge)));
        byte[] sig = strip(send(card, "802A0000" + String.format("%02X", digestInfo.length)
                + HEX.formatHex(digestInfo) + "00"));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(key);
        s.update(challenge);
        assertTrue(s.verify(sig));
    }

    private static RSAPublicKey key(byte[] encoded) throws Exception {
        List<TlvParse.Node> parts = TlvParse.all(encoded, 0, encoded.length);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, parts.get(1).value()), new BigInteger(1, parts.get(0).value())));
    }

    private static byte[] send(SimCard card, String hex) {
        return card.transmit(HEX.parseHex(hex));
    }

    private static byte[] strip(byte[] response) {
        assertEquals("9000", HEX.formatHex(response, response.length - 2, response.length));
        return Arrays.copyOf(response, response.length - 2);
    }
}
