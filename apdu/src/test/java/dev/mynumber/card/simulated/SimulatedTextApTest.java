package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.textap.IntegrityRecord;
import dev.mynumber.card.textap.MyNumber;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The text AP client against the simulated card: PIN, 照合番号A and 照合番号B, and the integrity chain. */
class SimulatedTextApTest {
    static boolean sha256WithRsa(PublicKey key, byte[] data, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }

    private static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    static Stream<String> personas() {
        return Personas.builtIn().stream().map(Persona::id);
    }

    @ParameterizedTest
    @MethodSource("personas")
    void pinOpensEverythingAndTheIntegrityChainVerifies(String persona) throws Exception {
        SimSession s = SimSession.of(persona);
        TextAp text = s.card.textAp();
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.TEXT_PIN).toCharArray())) {
            text.verify(pin, LastTry.REFUSE);
        }
        MyNumber number = text.readMyNumber();
        BasicAttributes attributes = text.readAttributes();
        IntegrityRecord integrity = text.readIntegrityRecord();
        CvCertificate cert = text.readCertificate();
        assertEquals(s.secret(CardSecret.TEXT_CODE_A), number.digits());
        assertTrue(attributes.name().contains("\u3000"), "family and given name separated by U+3000");
        assertArrayEquals(sha256(number.rawFile()), integrity.myNumberDigest());
        assertArrayEquals(sha256(attributes.signedPart()), integrity.attributesDigest());
        assertTrue(sha256WithRsa(cert.publicKey(), integrity.signedData(), integrity.signature()));
        assertTrue(sha256WithRsa(TestPki.get().textApIssuerKey(), cert.body(), cert.signature()));
        assertEquals(1 + 2 + 4, s.sent()); // SELECT, query + VERIFY, one READ BINARY per file
    }

    @ParameterizedTest
    @MethodSource("personas")
    void codeBIsBuiltFromTheAttributesAndOpensThem(String persona) throws Exception {
        SimSession withPin = SimSession.of(persona);
        TextAp text = withPin.card.textAp();
        try (Pin4 pin = Pin4.of(withPin.secret(CardSecret.TEXT_PIN).toCharArray())) {
            text.verify(pin, LastTry.ALLOW);
        }
        BasicAttributes expected = text.readAttributes();

        SimSession s = SimSession.of(persona);
        String personaCode = s.secret(CardSecret.TEXT_CODE_B);
        TextAp byB = s.card.textAp();
        try (VerificationCodeB b = VerificationCodeB.of(expected.birthDate(), s.persona.cardExpiry().getYear(),
                personaCode.substring(10).toCharArray())) {
            assertEquals(personaCode, new String(b.verifyData(), StandardCharsets.US_ASCII));
            byB.verify(b, LastTry.REFUSE);
        }
        assertArrayEquals(expected.rawFile(), byB.readAttributes().rawFile());
        byB.readIntegrityRecord();
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, byB::readMyNumber).code());
    }

    @Test
    void codeAOpensTheNumberButNotTheAttributes() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        try (VerificationCodeA a = VerificationCodeA.of(s.secret(CardSecret.TEXT_CODE_A).toCharArray())) {
            text.verify(a, LastTry.REFUSE);
        }
        assertEquals(s.secret(CardSecret.TEXT_CODE_A), text.readMyNumber().digits());
        text.readIntegrityRecord();
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, text::readAttributes).code());
    }

    @Test
    void withoutACredentialOnlyTheCertificateAndTheChallengeWork() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        text.readCertificate();
        assertEquals(256, text.signChallenge(sha256("challenge".getBytes(StandardCharsets.US_ASCII))).length);
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, text::readMyNumber).code());
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, text::readIntegrityRecord).code());
    }

    @Test
    void challengeSignatureVerifiesWithTheApKeyOfEf0007() throws Exception {
        SimSession s = SimSession.of("adult");
        TextAp text = s.card.textAp();
        try (VerificationCodeB b = VerificationCodeB.ofDigits(s.secret(CardSecret.TEXT_CODE_B).toCharArray())) {
            text.verify(b, LastTry.REFUSE);
        }
        byte[] challenge = "fictional challenge".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = text.signChallenge(sha256(challenge));
        assertTrue(sha256WithRsa(text.readApKey().publicKey(), challenge, signature));
    }

    @Test
    void selectingAnotherApplicationClearsTheVerifiedState() throws Exception {
        SimSession s = SimSession.of("adult");
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.TEXT_PIN).toCharArray())) {
            s.card.textAp().verify(pin, LastTry.ALLOW);
        }
        s.card.jpki();
        assertEquals(ErrorCode.SECURITY_STATUS_NOT_SATISFIED,
                assertThrows(ApduException.class, () -> s.card.textAp().readMyNumber()).code());
    }
}
