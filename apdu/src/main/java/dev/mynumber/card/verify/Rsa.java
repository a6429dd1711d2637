package dev.mynumber.card.verify;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;

/** JDK RSA and SHA-256 helpers for the verifiers; never throws on a bad signature, answers false. */
final class Rsa {
    private Rsa() {
    }

    /** SHA-256 of the bytes. */
    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Verifies a PKCS#1 v1.5 / SHA-256 signature over the data. */
    static boolean verifySha256(PublicKey key, byte[] data, byte[] signature) {
        return verify("SHA256withRSA", key, data, signature);
    }

    /**
     * Verifies a PKCS#1 v1.5 signature over a caller-built DigestInfo (the visual AP signs a DigestInfo that
     * holds three concatenated SHA-256 digests, spec §5.4, which no named JDK algorithm builds).
     */
    static boolean verifyDigestInfo(PublicKey key, byte[] digestInfo, byte[] signature) {
        return verify("NONEwithRSA", key, digestInfo, signature);
    }

    private static boolean verify(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A signature of the wrong length or a key the provider refuses is a failed check, not a crash.
            return false;
        }
    }
}
