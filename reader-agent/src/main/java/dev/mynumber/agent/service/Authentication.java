package dev.mynumber.agent.service;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The authentication use case: SHA-256 over the caller's challenge, signed with the 利用者証明用秘密鍵 (JPKI
 * key {@code 0017} after PIN {@code 0018}), checked against the 利用者証明用電子証明書 ({@code 000A}).
 */
final class Authentication {
    /** Shortest challenge accepted. */
    static final int MIN_CHALLENGE = 1;
    /** Longest challenge accepted: a server nonce or hash(origin) + hash(nonce) fits with room to spare. */
    static final int MAX_CHALLENGE = 1024;
    private static final DigestAlgorithm ALGORITHM = DigestAlgorithm.SHA256;

    private Authentication() {
    }

    static AuthResult run(MyNumberCard card, Pin4 pin, byte[] challenge, LastTry lastTry, Progress progress)
            throws ApduException {
        if (challenge == null || challenge.length < MIN_CHALLENGE || challenge.length > MAX_CHALLENGE) {
            throw Failures.invalidArgument("the challenge must be 1 to 1024 bytes");
        }
        byte[] digest = Digests.hash(ALGORITHM, challenge);
        Steps steps = new Steps(progress, 3);
        steps.next("read-certificate");
        JpkiAp jpki = card.jpki();
        byte[] der = jpki.authCertificate();
        X509Certificate certificate = Certificates.parse(der, "authentication certificate");
        steps.next("verify-pin-and-sign");
        byte[] signature = jpki.signWithAuthKey(pin, ALGORITHM, digest, lastTry);
        steps.next("check-signature");
        Digests.verify(certificate.getPublicKey(), ALGORITHM, digest, signature, "authentication signature");
        Base64.Encoder b64 = Base64.getEncoder();
        AuthResult result = new AuthResult(b64.encodeToString(signature), Digests.signatureName(ALGORITHM),
                b64.encodeToString(digest), Certificates.view(CertificateKind.AUTHENTICATION, der));
        steps.finish();
        return result;
    }
}
