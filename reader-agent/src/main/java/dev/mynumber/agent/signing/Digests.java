package dev.mynumber.agent.signing;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;

/** JDK names of each {@link DigestAlgorithm}, hashing, and the check of a card signature against a key. */
public final class Digests {
    private Digests() {
    }

    /** The JDK MessageDigest name, e.g. {@code SHA-256}. */
    static String digestName(DigestAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA256 -> "SHA-256";
            case SHA384 -> "SHA-384";
            case SHA512 -> "SHA-512";
        };
    }

    /** The JCA signature name, e.g. {@code SHA256withRSA}. */
    public static String signatureName(DigestAlgorithm algorithm) {
        return algorithm.name() + "withRSA";
    }

    /** Hashes data with the algorithm. */
    public static byte[] hash(DigestAlgorithm algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(digestName(algorithm)).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + digestName(algorithm), e);
        }
    }

    /**
     * Checks a card signature: PKCS#1 v1.5 over the DigestInfo of the digest, with the certificate's key.
     *
     * <p>Guards against a broken or substituted card: a signature that does not verify is never returned.
     *
     * @throws ApduException {@code MALFORMED_CARD_DATA} if the signature does not verify
     */
    public static void verify(PublicKey key, DigestAlgorithm algorithm, byte[] digest, byte[] signature, String what)
            throws ApduException {
        boolean valid;
        try {
            // NONEwithRSA pads the given bytes (the DigestInfo) as PKCS#1 v1.5 type 1, as the card does
            Signature verifier = Signature.getInstance("NONEwithRSA");
            verifier.initVerify(key);
            verifier.update(algorithm.digestInfo(digest));
            valid = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw Failures.malformed(what + ": cannot be checked against the certificate", e);
        }
        if (!valid) {
            throw Failures.malformed(what + ": the card's signature does not verify with its certificate");
        }
    }
}
