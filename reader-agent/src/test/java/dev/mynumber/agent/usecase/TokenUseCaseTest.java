package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.agent.auth.AuthRequest;
import dev.mynumber.agent.auth.AuthResult;
import dev.mynumber.agent.auth.Authenticate;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.CertificateStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nonce mode of authenticate: the agent's token, checked by openssl independently of the JDK. */
class TokenUseCaseTest {
    static final String ORIGIN = "https://kiosk.example.jp";
    private final Sessions service = new Sessions(Clock.systemUTC(), ReadCardUseCaseTest.simulatorVerifiers());

    @TempDir
    Path dir;

    private AuthResult token(byte[] nonce) throws Exception {
        return new Authenticate(AuthRequest.token(SimCards.pin(SimCards.PIN), ORIGIN, nonce, LastTry.REFUSE))
                .run(service.on(SimCards.open("adult").card, Progress.NONE));
    }

    @Test
    @Tag("pcsc")
    void theTokenSignsHashOfOriginAndHashOfNonceAndOpensslAgrees() throws Exception {
        Path openssl = RealTools.require("openssl");
        byte[] nonce = new byte[32];
        new java.security.SecureRandom().nextBytes(nonce);

        AuthResult result = token(nonce);

        AuthToken token = result.token();
        assertEquals(ORIGIN, result.origin());
        assertEquals(AuthToken.FORMAT, token.format());
        assertEquals(result.signature(), token.signature());
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(AuthToken.dataToSign(ORIGIN, nonce)),
                Base64.getDecoder().decode(result.challengeDigest()));
        Files.writeString(dir.resolve("cert.pem"), result.certificate().pem(), StandardCharsets.US_ASCII);
        Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(token.signature()));
        Files.write(dir.resolve("good.bin"), AuthToken.dataToSign(ORIGIN, nonce));
        Files.write(dir.resolve("bad.bin"), AuthToken.dataToSign("https://evil.example", nonce));
        assertEquals(0, run(openssl.toString(), "x509", "-in", "cert.pem", "-pubkey", "-noout", "-out", "pub.pem"));
        assertEquals(0, run(openssl.toString(), "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.bin",
                "good.bin"));
        assertNotEquals(0, run(openssl.toString(), "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.bin",
                "bad.bin"));
    }

    @Test
    void rawChallengeModeHasNoToken() throws Exception {
        AuthResult result = new Authenticate(
                AuthRequest.challenge(SimCards.pin(SimCards.PIN), new byte[] {1, 2, 3}, LastTry.REFUSE))
                .run(service.on(SimCards.open("adult").card, Progress.NONE));
        assertNull(result.token());
        assertNull(result.origin());
        assertEquals(CertificateStatus.VALID, result.certificate().verification().status(),
                "test roots and the simulator CRL");
    }

    @Test
    void aShortNonceOrABadOriginIsRefusedBeforeAnyApdu() {
        SimCards adult = SimCards.open("adult");
        String[] origins = {ORIGIN, "https://kiosk.example.jp/login", "kiosk.example.jp", null};
        byte[][] nonces = {new byte[31], new byte[32], new byte[32], new byte[32]};
        for (int i = 0; i < origins.length; i++) {
            String origin = origins[i];
            byte[] nonce = nonces[i];
            ApduException e = assertThrows(ApduException.class,
                    () -> new Authenticate(AuthRequest.token(SimCards.pin(SimCards.PIN), origin, nonce, LastTry.ALLOW))
                            .run(service.on(adult.card, Progress.NONE)));
            assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        }
        assertEquals(0, adult.transport.count());
    }

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("openssl timed out");
        }
        return p.exitValue();
    }
}
