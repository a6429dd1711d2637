package dev.mynumber.agent.service;

/**
 * The result of a JPKI authentication: the card's signature over the caller's challenge, and the certificate.
 *
 * <p>The card signed the DER DigestInfo of SHA-256(challenge) with the 利用者証明用秘密鍵; a server verifies
 * it with {@code Signature.getInstance("SHA256withRSA")} over the challenge and the certificate's key. The
 * signature was checked against the certificate before it was returned.
 *
 * @param signature the 256-byte PKCS#1 v1.5 signature, base64
 * @param algorithm always {@code SHA256withRSA}
 * @param challengeDigest SHA-256 of the challenge, base64
 * @param certificate the 利用者証明用電子証明書
 */
public record AuthResult(String signature, String algorithm, String challengeDigest, CertificateView certificate) {
}
