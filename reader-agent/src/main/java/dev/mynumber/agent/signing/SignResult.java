package dev.mynumber.agent.signing;

import dev.mynumber.card.jpki.DigestAlgorithm;

/**
 * The result of signing with the 署名用秘密鍵; the signature was checked against the certificate first.
 *
 * @param format RAW or CMS
 * @param digestAlgorithm the hash of the data
 * @param signatureAlgorithm e.g. {@code SHA256withRSA}
 * @param digest the data's digest (the message-digest attribute for CMS), base64
 * @param signature RAW: the PKCS#1 v1.5 signature over the data's DigestInfo; CMS: the signature over the
 *     signed attributes; base64
 * @param cms the detached CMS SignedData, DER in base64; null for RAW
 * @param certificatePem the 署名用電子証明書, PEM (it names the signer; the response is personal data)
 */
public record SignResult(SignFormat format, DigestAlgorithm digestAlgorithm, String signatureAlgorithm,
        String digest, String signature, String cms, String certificatePem) {
    /** Redacted: the certificate is personal data. */
    @Override
    public String toString() {
        return "SignResult[" + format + ", " + signatureAlgorithm + ", redacted]";
    }
}
