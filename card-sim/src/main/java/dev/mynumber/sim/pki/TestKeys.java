package dev.mynumber.sim.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the pre-generated test keys (PKCS#8 DER resources written by {@link GenerateTestKeys}) so start-up
 * never generates an RSA key.
 */
public final class TestKeys {
    private static final Map<String, KeyPair> CACHE = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    /** Returns a shared authority key pair, e.g. {@code ca-auth}. */
    public static KeyPair shared(String role) {
        return load(KeyRoles.sharedFile(role));
    }

    /**
     * Returns one card key pair of a key set.
     *
     * @throws IllegalArgumentException if the key set or role is not shipped
     */
    public static KeyPair card(String keySet, String role) {
        if (!KeyRoles.KEY_SETS.contains(keySet)) {
            throw new IllegalArgumentException("unknown key set '" + keySet + "'; valid: " + KeyRoles.KEY_SETS);
        }
        return load(KeyRoles.cardFile(keySet, role));
    }

    private static KeyPair load(String fileName) {
        return CACHE.computeIfAbsent(fileName, TestKeys::read);
    }

    private static KeyPair read(String fileName) {
        try (InputStream in = TestKeys.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("test key resource missing: " + fileName
                        + " (run GenerateTestKeys, see docs/simulator-pki.md)");
            }
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey priv = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(in.readAllBytes()));
            RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
            return new KeyPair(pub, priv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test key " + fileName, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("corrupt test key resource " + fileName, e);
        }
    }
}
