package dev.mynumber.agent.auth;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.signing.Digests;
import dev.mynumber.agent.usecase.Progress;
import dev.mynumber.agent.usecase.Steps;
import dev.mynumber.agent.verification.VerificationViews;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import java.net.URI;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The authentication use case: SHA-256 over the caller's challenge (or over {@code SHA-256(origin) ||
 * SHA-256(nonce)}), signed with the 利用者証明用秘密鍵 (JPKI key {@code 0017} after PIN {@code 0018}), checked
 * against the 利用者証明用電子証明書 ({@code 000A}).
 */
public final class Authentication {
    /** Shortest challenge accepted. */
    static final int MIN_CHALLENGE = 1;
    /** Longest challenge or nonce accepted. */
    static final int MAX_CHALLENGE = 1024;
    /** Shortest server nonce: 256 bits (issue 5, item 4). */
    static final int MIN_NONCE = 32;
    private static final DigestAlgorithm ALGORITHM = DigestAlgorithm.SHA256;

    private Authentication() {
    }

    public static AuthResult run(MyNumberCard card, Pin4 pin, byte[] challenge, LastTry lastTry, Progress progress,
            CertificateVerifier verifier) throws ApduException {
        checkChallenge(challenge);
        return sign(card, pin, challenge, lastTry, progress, verifier, null);
    }

    public static AuthResult withNonce(MyNumberCard card, Pin4 pin, String origin, byte[] nonce, LastTry lastTry,
            Progress progress, CertificateVerifier verifier) throws ApduException {
        checkTokenInput(origin, nonce);
        return sign(card, pin, AuthToken.dataToSign(origin, nonce), lastTry, progress, verifier, origin);
    }

    /** Refuses a raw challenge outside 1..1024 bytes. */
    public static void checkChallenge(byte[] challenge) throws ApduException {
        if (challenge == null || challenge.length < MIN_CHALLENGE || challenge.length > MAX_CHALLENGE) {
            throw Failures.invalidArgument("the challenge must be 1 to 1024 bytes");
        }
    }

    /** Refuses a nonce outside 32..1024 bytes or an origin that is not {@code scheme://host[:port]}. */
    public static void checkTokenInput(String origin, byte[] nonce) throws ApduException {
        if (nonce == null || nonce.length < MIN_NONCE || nonce.length > MAX_CHALLENGE) {
            throw Failures.invalidArgument("the nonce must be 32 to 1024 bytes (at least 256 bits)");
        }
        if (!isOrigin(origin)) {
            throw Failures.invalidArgument("the origin must be scheme://host[:port]");
        }
    }

    private static AuthResult sign(MyNumberCard card, Pin4 pin, byte[] data, LastTry lastTry, Progress progress,
            CertificateVerifier verifier, String origin) throws ApduException {
        byte[] digest = Digests.hash(ALGORITHM, data);
        Steps steps = new Steps(progress, 3);
        // the PIN first: a wrong or refused PIN costs no certificate read (issue 17)
        steps.next("verify-pin-and-sign");
        JpkiAp jpki = card.jpki();
        byte[] signature = jpki.signWithAuthKey(pin, ALGORITHM, digest, lastTry);
        steps.next("read-certificate");
        byte[] der = jpki.authCertificate();
        X509Certificate certificate = VerificationViews.parse(der, "authentication certificate");
        steps.next("check-signature");
        Digests.verify(certificate.getPublicKey(), ALGORITHM, digest, signature, "authentication signature");
        Base64.Encoder b64 = Base64.getEncoder();
        AuthResult result = new AuthResult(b64.encodeToString(signature), Digests.signatureName(ALGORITHM),
                b64.encodeToString(digest), VerificationViews.certificate(CertificateKind.AUTHENTICATION, der, verifier),
                origin, origin == null ? null : token(certificate, signature));
        steps.finish();
        return result;
    }

    private static AuthToken token(X509Certificate certificate, byte[] signature) throws ApduException {
        try {
            return AuthToken.of(certificate, signature);
        } catch (CertificateEncodingException e) {
            throw Failures.malformed("authentication certificate: cannot be encoded", e);
        }
    }

    /** {@code scheme://host[:port]}, nothing else, as browsers send {@code Origin} (RFC 6454). */
    static boolean isOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return uri.getScheme() != null && uri.getHost() != null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
