package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.Hex;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.CardFace;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.card.visualap.VisualApConstants;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The visual AP client against the simulated card: both 照合番号, the card face and its signature. */
class SimulatedVisualApTest {
    /** DigestInfo prefix for the three concatenated SHA-256 hashes (96 bytes) of spec §5.4. */
    private static final String FACE_DIGEST_INFO_PREFIX = "3071300D060960864801650304020105000460";

    private static CardFace faceWithCodeA(SimSession s) throws Exception {
        VisualAp visual = s.card.visualAp();
        try (VerificationCodeA a = VerificationCodeA.of(s.secret(CardSecret.VISUAL_CODE_A).toCharArray())) {
            visual.verify(a, LastTry.REFUSE);
        }
        return visual.readCardFace();
    }

    @ParameterizedTest
    @MethodSource("dev.mynumber.card.simulated.SimulatedTextApTest#personas")
    void codeAOpensTheCardFaceAndItsSignatureVerifies(String persona) throws Exception {
        SimSession s = SimSession.of(persona);
        CardFace face = faceWithCodeA(s);
        TextAp text = s.card.textAp();
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.TEXT_PIN).toCharArray())) {
            text.verify(pin, LastTry.ALLOW);
        }
        BasicAttributes attributes = text.readAttributes();
        assertEquals(attributes.birthDate(), face.birthDate());
        assertEquals(attributes.sex(), face.sex());
        assertEquals(s.persona.cardExpiry(), face.expiry());
        assertEquals("0000000C6A502020", Hex.encode(Arrays.copyOf(face.photo(), 8))); // JP2 signature box
        assertEquals("89504E47", Hex.encode(Arrays.copyOf(face.nameImage(), 4)));
        CvCertificate cert = s.card.visualAp().readCertificate();
        assertTrue(SimulatedTextApTest.sha256WithRsa(TestPki.get().visualApIssuerKey(), cert.body(),
                cert.signature()));
        Signature verifier = Signature.getInstance("NONEwithRSA"); // PKCS#1 v1.5 over the given DigestInfo
        verifier.initVerify(cert.publicKey());
        verifier.update(faceDigestInfo(face));
        assertTrue(verifier.verify(face.signature()));
    }

    @Test
    void codeBOpensTheSameCardFace() throws Exception {
        byte[] expected = faceWithCodeA(SimSession.of("adult")).rawFile();
        SimSession s = SimSession.of("adult");
        VisualAp visual = s.card.visualAp();
        try (VerificationCodeB b = VerificationCodeB.ofDigits(s.secret(CardSecret.VISUAL_CODE_B).toCharArray())) {
            visual.verify(b, LastTry.REFUSE);
        }
        assertArrayEquals(expected, visual.readCardFace().rawFile());
    }

    @Test
    void shortApdusReadTheSameFace() throws Exception {
        byte[] expected = faceWithCodeA(SimSession.of("adult")).rawFile();
        SimSession s = SimSession.of("adult", ReadOptions.shortApdusOnly());
        assertArrayEquals(expected, faceWithCodeA(s).rawFile());
        assertEquals(1 + 2 + (expected.length + 255) / 256, s.sent());
    }

    @Test
    void withoutACodeTheFaceIsClosed() throws Exception {
        SimSession s = SimSession.of("adult");
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, () -> s.card.visualAp().readCardFace()).code());
    }

    @Test
    void challengeSignatureVerifiesWithTheCardKeyOfTheFace() throws Exception {
        SimSession s = SimSession.of("adult");
        CardFace face = faceWithCodeA(s);
        byte[] challenge = "fictional challenge".getBytes(StandardCharsets.US_ASCII);
        byte[] sig = s.card.visualAp().signChallenge(MessageDigest.getInstance("SHA-256").digest(challenge));
        assertTrue(SimulatedTextApTest.sha256WithRsa(face.cardKey(), challenge, sig));
    }

    private static byte[] faceDigestInfo(CardFace face) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Hex.decode(FACE_DIGEST_INFO_PREFIX));
        out.writeBytes(sha.digest(concat(face, VisualApConstants.TAG_BIRTH_DATE, VisualApConstants.TAG_SEX,
                VisualApConstants.TAG_CARD_KEY)));
        out.writeBytes(sha.digest(concat(face, VisualApConstants.TAG_NAME_IMAGE,
                VisualApConstants.TAG_ADDRESS_IMAGE)));
        out.writeBytes(sha.digest(concat(face, VisualApConstants.TAG_PHOTO)));
        return out.toByteArray();
    }

    private static byte[] concat(CardFace face, int... tags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int tag : tags) {
            out.writeBytes(face.rawTlv(tag));
        }
        return out.toByteArray();
    }
}
