package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading trust anchors and CRLs from the shipped resources and from PEM/DER files. */
class ConfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void shippedJpkiRootsAreTheFourPublishedOnes() throws Exception {
        List<java.security.cert.X509Certificate> roots = TrustAnchors.jpkiRoots().certificates();
        assertEquals(4, roots.size());
        roots.forEach(r -> assertEquals(r.getSubjectX500Principal(), r.getIssuerX500Principal()));
        // fingerprint of sign_ca_2023.pem as listed in jpki-roots/README.md (serial 067C6A21, spec §5.2)
        assertEquals("d227f6cde11d35c5252178f106f843d24651944975413b539fa2fb68dbfa365f",
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(roots.get(3).getEncoded())));
    }

    @Test
    void pemAndDerFilesLoad() throws Exception {
        Path der = Files.write(dir.resolve("auth.der"), TestPki.get().authRoot().getEncoded());
        Path pem = Files.writeString(dir.resolve("sign.pem"),
                pem("CERTIFICATE", TestPki.get().signRoot().getEncoded()));
        assertEquals(2, TrustAnchors.load(List.of(der, pem)).certificates().size());
        Path crl = Files.writeString(dir.resolve("auth.crl"), pem("X509 CRL", SimulatedCrls.authCrl().getEncoded()));
        assertEquals(1, CrlStore.load(List.of(crl)).crls().size());
    }

    @Test
    void garbageFileIsAConfigErrorNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.pem"), "not a certificate");
        VerificationConfigException e = assertThrows(VerificationConfigException.class,
                () -> TrustAnchors.load(List.of(bad)));
        assertEquals("VERIFICATION_CONFIG", e.code());
        assertThrows(VerificationConfigException.class, () -> CrlStore.load(List.of(dir.resolve("missing.crl"))));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
