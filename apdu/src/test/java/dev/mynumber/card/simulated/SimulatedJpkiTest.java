package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.jpki.TokenKind;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;

/** The JPKI AP client against the simulated card: certificates, counters and both signing keys. */
class SimulatedJpkiTest {
    private static final byte[] MESSAGE = "fictional login challenge".getBytes(StandardCharsets.UTF_8);

    static X509Certificate x509(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(der));
    }

    private static byte[] digest(String algorithm) throws GeneralSecurityException {
        return MessageDigest.getInstance(algorithm).digest(MESSAGE);
    }

    private static boolean verifies(String algorithm, X509Certificate cert, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(cert.getPublicKey());
        verifier.update(MESSAGE);
        return verifier.verify(signature);
    }

    @Test
    void tokenInfoAndFreeCertificatesChainToTheTestRoots() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        assertEquals(TokenKind.MY_NUMBER_CARD, jpki.tokenInfo().kind());
        X509Certificate auth = x509(jpki.authCertificate());
        X509Certificate authCa = x509(jpki.authCaCertificate());
        X509Certificate signCa = x509(jpki.signCaCertificate());
        auth.verify(authCa.getPublicKey());
        authCa.verify(TestPki.get().authRoot().getPublicKey());
        signCa.verify(TestPki.get().signRoot().getPublicKey());
        assertEquals(1 + 4, s.sent()); // SELECT, token, three certificates: one READ BINARY each
    }

    @Test
    void signingCertificateNeedsThePassword() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        X509Certificate signCa = x509(jpki.signCaCertificate());
        try (SigningPassword pw = SigningPassword.of(s.secret(CardSecret.JPKI_SIGN_PASSWORD).toLowerCase()
                .toCharArray())) {
            X509Certificate sign = x509(jpki.signCertificate(pw, LastTry.REFUSE));
            sign.verify(signCa.getPublicKey());
        }
    }

    @Test
    void signsWithTheAuthKeyAndTheSignatureVerifiesWithTheAuthCertificate() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        X509Certificate auth = x509(jpki.authCertificate());
        try (Pin4 pin = Pin4.of(s.secret(CardSecret.JPKI_AUTH_PIN).toCharArray())) {
            byte[] sig = jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, digest("SHA-256"), LastTry.REFUSE);
            assertTrue(verifies("SHA256withRSA", auth, sig));
        }
        assertEquals(new PinStatus(3, 3), jpki.authPinStatus()); // success keeps the counter full
    }

    @Test
    void signsWithTheSignKeyForEachDigest() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        String password = s.secret(CardSecret.JPKI_SIGN_PASSWORD);
        X509Certificate sign;
        try (SigningPassword pw = SigningPassword.of(password.toCharArray())) {
            sign = x509(jpki.signCertificate(pw, LastTry.ALLOW));
        }
        String[][] algorithms = {{"SHA-256", "SHA256withRSA"}, {"SHA-384", "SHA384withRSA"},
            {"SHA-512", "SHA512withRSA"}};
        DigestAlgorithm[] ours = {DigestAlgorithm.SHA256, DigestAlgorithm.SHA384, DigestAlgorithm.SHA512};
        for (int i = 0; i < ours.length; i++) {
            try (SigningPassword pw = SigningPassword.of(password.toCharArray())) {
                byte[] sig = jpki.signWithSignKey(pw, ours[i], digest(algorithms[i][0]), LastTry.ALLOW);
                assertTrue(verifies(algorithms[i][1], sign, sig), algorithms[i][1]);
            }
        }
    }

    @Test
    void countersReadWithoutSpendingATry() throws Exception {
        SimSession s = SimSession.of("adult");
        JpkiAp jpki = s.card.jpki();
        assertEquals(new PinStatus(3, 3), jpki.authPinStatus());
        assertEquals(new PinStatus(5, 5), jpki.signPasswordStatus());
        assertEquals(new PinStatus(3, 3), jpki.authPinStatus());
        assertEquals(0, s.verifiesWithData());
    }

    @Test
    void shortApdusAndSelectFormsReadTheSameCertificates() throws Exception {
        byte[] extended = SimSession.of("adult").card.jpki().authCertificate();
        SimSession shortApdus = SimSession.of("adult", ReadOptions.shortApdusOnly());
        assertArrayEquals(extended, shortApdus.card.jpki().authCertificate());
        assertEquals(1 + (extended.length + 255) / 256, shortApdus.sent());
        SimSession selects = SimSession.of("adult", new ReadOptions(false, false));
        JpkiAp jpki = selects.card.jpki();
        assertArrayEquals(extended, jpki.authCertificate());
        try (Pin4 pin = Pin4.of(selects.secret(CardSecret.JPKI_AUTH_PIN).toCharArray())) {
            byte[] sig = jpki.signWithAuthKey(pin, DigestAlgorithm.SHA256, digest("SHA-256"), LastTry.ALLOW);
            assertTrue(verifies("SHA256withRSA", x509(extended), sig));
        }
    }

    @Test
    void childHasNoSigningCertificate() throws Exception {
        SimSession s = SimSession.of("child");
        JpkiAp jpki = s.card.jpki();
        x509(jpki.authCertificate());
        assertEquals(ErrorCode.UNSUPPORTED_CARD, assertThrows(ApduException.class, jpki::signPasswordStatus).code());
        try (SigningPassword pw = SigningPassword.of("ABC123".toCharArray())) {
            assertEquals(ErrorCode.UNSUPPORTED_CARD,
                    assertThrows(ApduException.class, () -> jpki.signCertificate(pw, LastTry.ALLOW)).code());
            assertEquals(ErrorCode.UNSUPPORTED_CARD, assertThrows(ApduException.class,
                    () -> jpki.signWithSignKey(pw, DigestAlgorithm.SHA256, digest("SHA-256"), LastTry.ALLOW)).code());
        }
    }
}
