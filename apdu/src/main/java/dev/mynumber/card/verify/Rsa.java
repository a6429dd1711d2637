package dev.mynumber.card.verify;

import dev.mynumber.apdu.tlv.Tlv;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.Tlvs;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

/** JDK RSA and SHA-256 helpers for the verifiers; never throws on a bad signature, answers false. */
final class Rsa {
    private static final int TAG_EXPONENT = 0x90;
    private static final int TAG_MODULUS = 0x91;

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

    /**
     * Decodes a card public key value {@code 90 <exponent> 91 <modulus>} (visual {@code DF24}, text {@code DF51}).
     *
     * @param value the field value
     * @param what a non-personal name for errors
     */
    static RSAPublicKey cardKey(byte[] value, String what) throws MalformedCardDataException {
        Tlv exponent = Tlvs.parseAt(value, 0, TAG_EXPONENT, what);
        Tlv modulus = Tlvs.parseAt(value, exponent.encoded().length, TAG_MODULUS, what);
        try {
            RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, modulus.value()),
                    new BigInteger(1, exponent.value()));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException e) {
            throw new MalformedCardDataException(what + ": not a valid RSA key", e);
        }
    }
}
