package dev.mynumber.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;

/**
 * An origin-bound authentication token (認証トークン): the 利用者証明用 certificate and the card's signature over
 * {@code SHA-256(origin) || SHA-256(nonce)}, so a token made for one site does not verify for another.
 *
 * <p>Jackson-ready: {@code {"format":"mynumber-auth-token:1","algorithm":"SHA256withRSA","certificate":
 * "<base64 DER>","signature":"<base64>"}}. The agent signs with the JPKI auth key (PKCS#1 v1.5, SHA-256
 * DigestInfo, spec §3.2) the SHA-256 of {@link #dataToSign(String, byte[])}.
 *
 * @param format the format and version, {@value #FORMAT}
 * @param algorithm the JCA signature algorithm, {@value #ALGORITHM}
 * @param certificate the certificate, base64 of DER
 * @param signature the signature, base64
 */
public record AuthToken(String format, String algorithm, String certificate, String signature) {
    /** The only format this library writes and reads. */
    public static final String FORMAT = "mynumber-auth-token:1";
    /** PKCS#1 v1.5 with SHA-256: what the JPKI AP produces from a SHA-256 DigestInfo. */
    public static final String ALGORITHM = "SHA256withRSA";

    /** Rejects nulls (a JSON token missing a field). */
    public AuthToken {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * The bytes the card signs: {@code SHA-256(origin as UTF-8) || SHA-256(nonce)} (the Web eID scheme).
     *
     * @param origin the web origin the agent saw, e.g. {@code https://kiosk.example.jp}
     * @param nonce the server's nonce
     * @return 64 bytes; sign them with SHA256withRSA (the agent sends SHA-256 of them as DigestInfo)
     */
    public static byte[] dataToSign(String origin, byte[] nonce) {
        byte[] out = new byte[64];
        System.arraycopy(sha256(origin.getBytes(StandardCharsets.UTF_8)), 0, out, 0, 32);
        System.arraycopy(sha256(nonce), 0, out, 32, 32);
        return out;
    }

    /**
     * Builds a token from the card's certificate and signature.
     *
     * @throws CertificateEncodingException if the certificate cannot be encoded
     */
    public static AuthToken of(X509Certificate certificate, byte[] signature) throws CertificateEncodingException {
        Base64.Encoder b64 = Base64.getEncoder();
        return new AuthToken(FORMAT, ALGORITHM, b64.encodeToString(certificate.getEncoded()),
                b64.encodeToString(signature));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Redacted: the certificate is personal data for the signing certificate and is never printed. */
    @Override
    public String toString() {
        return "AuthToken[" + format + ", " + algorithm + ", redacted]";
    }
}
