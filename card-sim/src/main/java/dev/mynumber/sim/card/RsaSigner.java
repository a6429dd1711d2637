package dev.mynumber.sim.card;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.HexFormat;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * The card's RSA private-key operation for the signing command: PKCS#1 v1.5 block type 1 or RSASSA-PSS
 * over the input prepared as the {@link SigningMode} says (spec §3.2).
 */
final class RsaSigner {
    /** DigestInfo prefix for SHA-256 [MY-go-common] (spec §3.2). */
    private static final String SHA256_DIGEST_INFO = "3031300D060960864801650304020105000420";

    private RsaSigner() {
    }

    /** Returns the modulus length in bytes (k). */
    static int modulusBytes(PrivateKey key) throws StatusException {
        return (rsa(key).getModulus().bitLength() + 7) / 8;
    }

    /**
     * Signs the input and returns exactly k bytes.
     *
     * @throws StatusException {@code 6985} if the key cannot sign (never expected for RSA keys)
     */
    static byte[] sign(PrivateKey key, SigningMode mode, byte[] input, SecureRandom random)
            throws StatusException {
        RSAKeyParameters params = parameters(rsa(key));
        byte[] prepared = mode.hashesOnCard() ? sha256(input) : input;
        if (mode.wrapsDigestInfo()) {
            prepared = concat(HexFormat.of().parseHex(SHA256_DIGEST_INFO), prepared);
        }
        try {
            byte[] sig = mode.pss() ? pss(params, prepared, random) : pkcs1(params, prepared, random);
            return leftPad(sig, modulusBytes(key));
        } catch (CryptoException e) {
            throw new StatusException(Sw.CONDITIONS_NOT_SATISFIED);
        }
    }

    private static byte[] pkcs1(RSAKeyParameters params, byte[] data, SecureRandom random)
            throws InvalidCipherTextException {
        // a private key in "encryption" mode gives block type 1 (EMSA-PKCS1-v1_5 padding)
        AsymmetricBlockCipher cipher = new PKCS1Encoding(new RSABlindedEngine());
        cipher.init(true, new ParametersWithRandom(params, random));
        return cipher.processBlock(data, 0, data.length);
    }

    private static byte[] pss(RSAKeyParameters params, byte[] hash, SecureRandom random) throws CryptoException {
        // raw signer: the input already is the SHA-256 hash; salt length = 32, MGF1-SHA-256
        PSSSigner signer = PSSSigner.createRawSigner(new RSABlindedEngine(), new SHA256Digest());
        signer.init(true, new ParametersWithRandom(params, random));
        signer.update(hash, 0, hash.length);
        return signer.generateSignature();
    }

    private static RSAPrivateKey rsa(PrivateKey key) throws StatusException {
        if (key instanceof RSAPrivateKey rsa) {
            return rsa;
        }
        throw new StatusException(Sw.CONDITIONS_NOT_SATISFIED);
    }

    private static RSAKeyParameters parameters(RSAPrivateKey k) {
        if (k instanceof RSAPrivateCrtKey c) {
            return new RSAPrivateCrtKeyParameters(c.getModulus(), c.getPublicExponent(), c.getPrivateExponent(),
                    c.getPrimeP(), c.getPrimeQ(), c.getPrimeExponentP(), c.getPrimeExponentQ(),
                    c.getCrtCoefficient());
        }
        return new RSAKeyParameters(true, k.getModulus(), k.getPrivateExponent());
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] leftPad(byte[] sig, int k) {
        if (sig.length >= k) {
            return sig;
        }
        byte[] r = new byte[k];
        System.arraycopy(sig, 0, r, k - sig.length, sig.length);
        return r;
    }
}
