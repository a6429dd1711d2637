package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.AuthResult;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JPKI authentication: the signature verifies with java.security against the returned certificate. */
class AuthenticateUseCaseTest {
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    @Test
    void theSignatureOverTheChallengeVerifiesWithTheCertificate() throws Exception {
        SimCards adult = SimCards.open("adult");
        byte[] challenge = "server nonce 0123456789".getBytes();
        List<String> steps = new ArrayList<>();

        AuthResult result = new Authenticate(
                AuthRequest.challenge(SimCards.pin(SimCards.PIN), challenge, LastTry.REFUSE))
                .run(service.on(adult.card, (name, done, total) -> steps.add(name)));

        assertEquals("SHA256withRSA", result.algorithm());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(challenge),
                Base64.getDecoder().decode(result.challengeDigest()));
        X509Certificate cert = CertificateUseCaseTest.fromPem(result.certificate().pem());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(challenge);
        assertTrue(verifier.verify(Base64.getDecoder().decode(result.signature())));
        verifier.initVerify(cert.getPublicKey());
        verifier.update("another nonce".getBytes());
        assertFalse(verifier.verify(Base64.getDecoder().decode(result.signature())));
        assertEquals(List.of("verify-pin-and-sign", "read-certificate", "check-signature", "done"), steps);
    }

    @Test
    void aChallengeOutside1To1024BytesIsRefusedBeforeAnyApdu() {
        SimCards adult = SimCards.open("adult");
        for (byte[] challenge : new byte[][] {null, new byte[0], new byte[1025]}) {
            ApduException e = assertThrows(ApduException.class,
                    () -> new Authenticate(AuthRequest.challenge(SimCards.pin(SimCards.PIN), challenge, LastTry.ALLOW))
                            .run(service.on(adult.card, Progress.NONE)));
            assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        }
        assertEquals(0, adult.transport.count());
    }

    @Test
    void theLongestChallengeIsAccepted() throws Exception {
        AuthResult result = new Authenticate(
                AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[1024], LastTry.REFUSE))
                .run(service.on(SimCards.open("adult").card, Progress.NONE));
        assertEquals(256, Base64.getDecoder().decode(result.signature()).length);
    }
}
