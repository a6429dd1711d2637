package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.pki.RealTool;
import dev.mynumber.sim.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's certificates and signatures checked by an independent tool: the real openssl CLI. */
@Tag("pcsc")
class OpenSslInteropTest {
    private static final String SHA256_DIGEST_INFO = "3031300d060960864801650304020105000420";

    @TempDir
    Path dir;

    @BeforeEach
    void needOpenSsl() {
        RealTool.requireOpenSsl();
    }

    @Test
    void authAndSignCertificatesVerifyAgainstTheTestRoots() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("adult"));
        pem("authRoot.pem", TestPki.get().authRoot().getEncoded());
        pem("signRoot.pem", TestPki.get().signRoot().getEncoded());
        pem("auth.pem", c.file(CardFile.JPKI_AUTH_CERT).orElseThrow());
        pem("sign.pem", c.file(CardFile.JPKI_SIGN_CERT).orElseThrow());
        var auth = RealTool.openssl(dir, "verify", "-CAfile", "authRoot.pem", "auth.pem");
        assertEquals(0, auth.exitCode(), auth.output());
        var sign = RealTool.openssl(dir, "verify", "-CAfile", "signRoot.pem", "sign.pem");
        assertEquals(0, sign.exitCode(), sign.output());
        var crossed = RealTool.openssl(dir, "verify", "-CAfile", "authRoot.pem", "sign.pem");
        assertTrue(crossed.exitCode() != 0, "the sign certificate must not chain to the auth root");
    }

    @Test
    void signatureMadeByTheCardVerifiesWithOpenssl() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("adult"));
        byte[] data = "simulated My Number card signature test".getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("data.bin"), data);
        X509Certificate auth = HolderCertificatesTest.cert(c, CardFile.JPKI_AUTH_CERT);
        pem("auth.pem", auth.getEncoded());
        Files.write(dir.resolve("sig.bin"), signWithCard(data));
        var pub = RealTool.openssl(dir, "x509", "-in", "auth.pem", "-pubkey", "-noout", "-out", "pub.pem");
        assertEquals(0, pub.exitCode(), pub.output());
        var verify = RealTool.openssl(dir, "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig.bin",
                "data.bin");
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("Verified OK"), verify.output());
    }

    /** Signs through APDUs: VERIFY the auth PIN, SELECT key 0017, 80 2A 00 80 with a SHA-256 DigestInfo. */
    private static byte[] signWithCard(byte[] data) throws Exception {
        SimCard card = SimulatedCards.create("adult");
        HexFormat hex = HexFormat.of();
        card.transmit(hex.parseHex("00A4040C0AD392F000260100000001"));
        card.transmit(hex.parseHex("00A4020C020018"));
        card.transmit(hex.parseHex("002000800431323334"));
        card.transmit(hex.parseHex("00A4020C020017"));
        byte[] digestInfo = hex.parseHex(SHA256_DIGEST_INFO + hex.formatHex(
                MessageDigest.getInstance("SHA-256").digest(data)));
        byte[] response = card.transmit(hex.parseHex("802A0080" + String.format("%02X", digestInfo.length)
                + hex.formatHex(digestInfo) + "00"));
        assertEquals("9000", hex.formatHex(response, response.length - 2, response.length).toUpperCase());
        return Arrays.copyOf(response, response.length - 2);
    }

    private void pem(String name, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(dir.resolve(name), "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    }
}
