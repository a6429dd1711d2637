package dev.mynumber.sim.files;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in personas' card-file signatures (PKCS#1 v1.5, deterministic), computed at build time and shipped as
 * the class-path resource {@value #RESOURCE} next to this class: ten cold RSA-2048 private-key operations, and the
 * JIT compiling {@code BigInteger} for them, cost a simulator start about a quarter of a second (issue 17).
 *
 * <p>A signature is found by the SHA-256 of its algorithm, the key's modulus and private exponent, and the signed
 * data, so a hit is exactly what the computation gives; anything else is computed. {@code ShippedSignaturesTest}
 * fails when the resource differs from a fresh computation. Regenerate it after changing a built-in persona or a
 * signed file's layout: {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.persona.ExportSignatures
 * card-sim/src/main/resources/dev/mynumber/sim/files}.
 */
public final class ShippedSignatures {
    /** The resource's file name. */
    public static final String RESOURCE = "signatures.bin";
    private static final int ID_BYTES = 32;
    private static final ThreadLocal<Map<String, byte[]>> RECORDING = new ThreadLocal<>();

    private ShippedSignatures() {
    }

    /** The shipped signatures by id; loaded once, on first use. */
    private static final class Shipped {
        static final Map<String, byte[]> SIGNATURES = read();
    }

    /**
     * Runs work with every card-file signature computed afresh (none taken from the resource) and returns them by
     * id, as the resource holds them.
     *
     * @param work what signs, e.g. building the built-in personas' card contents
     * @return the signatures it computed, sorted by id
     */
    public static Map<String, byte[]> record(Runnable work) {
        Map<String, byte[]> recorded = new TreeMap<>();
        RECORDING.set(recorded);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recorded;
    }

    /** The signatures the resource holds, by id. */
    public static Map<String, byte[]> shipped() {
        return Map.copyOf(Shipped.SIGNATURES);
    }

    /** The signature: shipped when present (outside {@link #record}), else computed. */
    static byte[] sign(String algorithm, PrivateKey key, byte[] data, Signer signer) {
        if (!(key instanceof RSAPrivateKey rsa)) {
            return signer.sign(algorithm, key, data);
        }
        Map<String, byte[]> recording = RECORDING.get();
        String id = id(algorithm, rsa, data);
        byte[] shipped = recording == null ? Shipped.SIGNATURES.get(id) : null;
        if (shipped != null) {
            return shipped.clone();
        }
        byte[] signature = signer.sign(algorithm, key, data);
        if (recording != null) {
            recording.put(id, signature.clone());
        }
        return signature;
    }

    /** The private-key operation itself. */
    @FunctionalInterface
    interface Signer {
        /** Signs data with the key. */
        byte[] sign(String algorithm, PrivateKey key, byte[] data);
    }

    private static String id(String algorithm, RSAPrivateKey key, byte[] data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(algorithm.getBytes(StandardCharsets.US_ASCII));
            update(sha, key.getModulus());
            update(sha, key.getPrivateExponent());
            sha.update(data);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void update(MessageDigest sha, BigInteger value) {
        byte[] bytes = value.toByteArray();
        sha.update(new byte[] {(byte) (bytes.length >> 8), (byte) bytes.length});
        sha.update(bytes);
    }

    private static Map<String, byte[]> read() {
        Map<String, byte[]> map = new TreeMap<>();
        try (InputStream in = ShippedSignatures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return map;
            }
            DataInputStream data = new DataInputStream(in);
            while (true) {
                byte[] id = new byte[ID_BYTES];
                try {
                    data.readFully(id);
                } catch (EOFException end) {
                    return map;
                }
                byte[] signature = new byte[data.readUnsignedShort()];
                data.readFully(signature);
                map.put(HexFormat.of().formatHex(id), signature);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encodes signatures by id as the resource holds them: the 32-byte id, a 2-byte length, the signature.
     *
     * @param signatures the signatures by id
     * @return the resource's bytes
     */
    public static byte[] encode(Map<String, byte[]> signatures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(signatures).entrySet()) {
                out.write(HexFormat.of().parseHex(e.getKey()));
                out.writeShort(e.getValue().length);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the resource into the folder given as the only argument.
     *
     * @param args the target folder
     * @param signatures what to write
     * @throws IOException if it cannot be written
     */
    public static void write(String[] args, Map<String, byte[]> signatures) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Files.write(folder.resolve(RESOURCE), encode(signatures));
    }
}
