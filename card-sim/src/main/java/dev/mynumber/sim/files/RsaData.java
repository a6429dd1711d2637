package dev.mynumber.sim.files;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * RSA pieces of the card files: the {@code 90 03 <e> 91 82 01 00 <n>} public-key form (spec §5.3, §5.4)
 * and PKCS#1 v1.5 signatures.
 */
public final class RsaData {
    private static final int MODULUS_BYTES = 256;
    private static final int EXPONENT_BYTES = 3;
    private static final int EXPONENT_TAG = 0x90;
    private static final int MODULUS_TAG = 0x91;

    private RsaData() {
    }

    /** Encodes an RSA-2048 public key as {@code 90 <exponent> 91 <256-byte modulus>}. */
    public static byte[] publicKey(RSAPublicKey key) {
        return Tlv.concat(Tlv.of(EXPONENT_TAG, unsigned(key.getPublicExponent(), EXPONENT_BYTES)),
                Tlv.of(MODULUS_TAG, unsigned(key.getModulus(), MODULUS_BYTES)));
    }

    /** Signs data with SHA-256 and PKCS#1 v1.5 ({@code sha256WithRSAEncryption}). */
    public static byte[] signSha256(PrivateKey key, byte[] data) {
        return sign("SHA256withRSA", key, data);
    }

    /** Applies PKCS#1 v1.5 type-1 padding and the private-key operation to a prepared DigestInfo. */
    public static byte[] signRaw(PrivateKey key, byte[] digestInfo) {
        return sign("NONEwithRSA", key, digestInfo);
    }

    /** The built-in personas' signatures are shipped (computed at build time); others are computed here. */
    private static byte[] sign(String algorithm, PrivateKey key, byte[] data) {
        return ShippedSignatures.sign(algorithm, key, data, RsaData::compute);
    }

    private static byte[] compute(String algorithm, PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a test key", e);
        }
    }

    /** Big-endian unsigned, left-padded with zeros to {@code size} bytes. */
    static byte[] unsigned(BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        if (raw.length > size) {
            return Arrays.copyOfRange(raw, raw.length - size, raw.length);
        }
        byte[] out = new byte[size];
        System.arraycopy(raw, 0, out, size - raw.length, raw.length);
        return out;
    }
}
