package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.pki.ExportTestPki;
import dev.mynumber.sim.pki.RealTool;
import dev.mynumber.sim.pki.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Date;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code revoked} persona's certificates are listed on the test CRLs; others are not. */
class RevocationTest {

    @Test
    void crlsListTheRevokedPersonaOnly() throws Exception {
        X509Certificate revokedAuth = cert("revoked", CardFile.JPKI_AUTH_CERT);
        X509Certificate revokedSign = cert("revoked", CardFile.JPKI_SIGN_CERT);
        X509CRL auth = SimulatedCrls.authCrl();
        X509CRL sign = SimulatedCrls.signCrl();
        auth.verify(TestPki.get().authRoot().getPublicKey());
        sign.verify(TestPki.get().signRoot().getPublicKey());
        assertEquals(TestPki.get().authRoot().getSubjectX500Principal(), auth.getIssuerX500Principal());
        assertTrue(auth.isRevoked(revokedAuth));
        assertTrue(sign.isRevoked(revokedSign));
        assertNotNull(auth.getRevokedCertificate(revokedAuth.getSerialNumber()).getRevocationReason());
        assertFalse(auth.isRevoked(cert("adult", CardFile.JPKI_AUTH_CERT)));
        assertNull(sign.getRevokedCertificate(cert("adult", CardFile.JPKI_SIGN_CERT).getSerialNumber()));
        revokedAuth.checkValidity(new Date());
        assertTrue(auth.getNextUpdate().after(new Date()));
    }

    @Test
    @Tag("pcsc")
    void opensslCrlCheckRejectsTheRevokedCertificate(@TempDir Path dir) throws Exception {
        RealTool.requireOpenSsl();
        Files.writeString(dir.resolve("root.pem"),
                ExportTestPki.pem("CERTIFICATE", TestPki.get().authRoot().getEncoded()));
        Files.writeString(dir.resolve("crl.pem"), ExportTestPki.pem("X509 CRL", SimulatedCrls.authCrl().getEncoded()));
        Files.writeString(dir.resolve("revoked.pem"), ExportTestPki.pem("CERTIFICATE",
                cert("revoked", CardFile.JPKI_AUTH_CERT).getEncoded()));
        Files.writeString(dir.resolve("adult.pem"), ExportTestPki.pem("CERTIFICATE",
                cert("adult", CardFile.JPKI_AUTH_CERT).getEncoded()));
        var bad = RealTool.openssl(dir, "verify", "-crl_check", "-CAfile", "root.pem", "-CRLfile", "crl.pem",
                "revoked.pem");
        assertTrue(bad.exitCode() != 0 && bad.output().contains("revoked"), bad.output());
        var good = RealTool.openssl(dir, "verify", "-crl_check", "-CAfile", "root.pem", "-CRLfile", "crl.pem",
                "adult.pem");
        assertEquals(0, good.exitCode(), good.output());
    }

    private static X509Certificate cert(String persona, CardFile file) throws Exception {
        return HolderCertificatesTest.cert(SimulatedCards.contents(Personas.builtIn(persona)), file);
    }
}
