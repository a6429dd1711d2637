package dev.mynumber.agent.auth;

import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.verifier.AuthToken;

/**
 * The result of a JPKI authentication: the card's signature and the certificate, plus, in nonce mode, the
 * origin-bound token.
 *
 * <p>Raw-challenge mode: the card signed the DER DigestInfo of SHA-256(challenge) with the 利用者証明用秘密鍵; a
 * server verifies it with {@code SHA256withRSA} over the challenge. Nonce mode: the signed data is
 * {@code SHA-256(origin) || SHA-256(nonce)} ({@link AuthToken#dataToSign}) and {@code token} carries format,
 * algorithm, certificate and signature for {@code AuthTokenVerifier}. The signature was checked against the
 * certificate before it was returned.
 *
 * @param signature the 256-byte PKCS#1 v1.5 signature, base64
 * @param algorithm always {@code SHA256withRSA}
 * @param challengeDigest SHA-256 of the signed data (the challenge, or the 64 token bytes), base64
 * @param certificate the 利用者証明用電子証明書, with its verification
 * @param origin the origin the token is bound to (nonce mode), else null
 * @param token the origin-bound token (nonce mode), else null
 */
public record AuthResult(String signature, String algorithm, String challengeDigest, CertificateView certificate,
        String origin, AuthToken token) {
}
