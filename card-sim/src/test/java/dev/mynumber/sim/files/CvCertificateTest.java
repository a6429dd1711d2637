package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.pki.TestPki;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvCertificateTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Checks the certificate's signature with the issuer key and returns the certified public key. */
    static RSAPublicKey certifiedKey(byte[] cert, RSAPublicKey issuer) throws Exception {
        List<TlvParse.Node> parts = TlvParse.at(cert, 0).children();
        byte[] body = parts.get(0).value();
        assertTrue(verify(issuer, body, parts.get(1).value()), "CV certificate signature");
        List<TlvParse.Node> key = TlvParse.all(body, 32, body.length);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, key.get(1).value()), new BigInteger(1, key.get(0).value())));
    }

    static boolean verify(RSAPublicKey key, byte[] data, byte[] signature) throws Exception {
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initVerify(key);
        s.update(data);
        return s.verify(signature);
    }

    @Test
    void textApCertificateHasTheSpecLayoutAndVerifies() throws Exception {
        TestPki pki = TestPki.get();
        RSAPublicKey signer = (RSAPublicKey) pki.textApSigner().getPublic();
        byte[] cert = CvCertificate.build(CvCertificate.TEXT_ISSUER_ID, pki.textApIssuer(), signer);
        assertEquals(568, cert.length);
        assertEquals("7f218202335f4e820129", HEX.formatHex(cert, 0, 10));
        // issuer key ID: "6000033" 08 05 "000" + 4 padding bytes
        assertEquals("36303030303333080530303000000000", HEX.formatHex(cert, 10, 26));
        assertEquals("9003010001918201 00".replace(" ", ""), HEX.formatHex(cert, 42, 51));
        assertEquals("5f37820100", HEX.formatHex(cert, 307, 312));
        assertEquals(signer, certifiedKey(cert, pki.textApIssuerKey()));
    }

    @Test
    void visualApCertificateUsesItsOwnIssuer() throws Exception {
        TestPki pki = TestPki.get();
        RSAPublicKey signer = (RSAPublicKey) pki.visualApSigner().getPublic();
        byte[] cert = VisualApFiles.apCertificate(pki.visualApIssuer(), signer);
        assertEquals("6000023",
                new String(Arrays.copyOfRange(cert, 10, 17), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(signer, certifiedKey(cert, pki.visualApIssuerKey()));
    }
}
