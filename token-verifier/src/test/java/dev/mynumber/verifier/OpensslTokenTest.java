package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card's token signature verifies with openssl, independently of the JDK: the recipe in docs/verification.md. */
@Tag("pcsc")
class OpensslTokenTest {
    @TempDir
    Path dir;

    @Test
    void opensslVerifiesTheTokenSignatureOnlyForItsOrigin() throws Exception {
        RealTools.require("openssl");
        AuthTokenVerifierTest.openCard();
        byte[] nonce = new byte[32];
        new java.security.SecureRandom().nextBytes(nonce);
        AuthToken token = AuthTokenVerifierTest.agentSigns("https://kiosk.example.jp", nonce);
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(Base64.getDecoder().decode(token.certificate()))
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        Path sig = Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(token.signature()));
        Path good = Files.write(dir.resolve("good.bin"), AuthToken.dataToSign("https://kiosk.example.jp", nonce));
        Path bad = Files.write(dir.resolve("bad.bin"), AuthToken.dataToSign("https://evil.example", nonce));
        assertEquals(0, run("openssl", "x509", "-in", cert.toString(), "-pubkey", "-noout", "-out",
                dir.resolve("pub.pem").toString()));
        assertEquals(0, dgst(sig, good));
        assertNotEquals(0, dgst(sig, bad));
    }

    private int dgst(Path sig, Path data) throws Exception {
        return run("openssl", "dgst", "-sha256", "-verify", dir.resolve("pub.pem").toString(), "-signature",
                sig.toString(), data.toString());
    }

    private int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        return p.waitFor();
    }
}
