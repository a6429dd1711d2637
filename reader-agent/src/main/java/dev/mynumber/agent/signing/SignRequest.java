package dev.mynumber.agent.signing;

import dev.mynumber.card.jpki.DigestAlgorithm;

/**
 * What to sign with the 署名用秘密鍵: either the data (hashed here) or its digest, and the output format.
 *
 * <p>Jackson decodes {@code data} and {@code digest} from base64. Exactly one of them must be set; the
 * service checks this and the digest length before any APDU ({@code INVALID_ARGUMENT}).
 *
 * @param data the data to sign, or null in digest mode (at most {@link #MAX_DATA} bytes)
 * @param digest the digest to sign, or null in data mode
 * @param algorithm the hash; null means SHA-256
 * @param format RAW or CMS; null means RAW
 */
public record SignRequest(byte[] data, byte[] digest, DigestAlgorithm algorithm, SignFormat format) {
    /** Largest data accepted: 16 MiB. */
    public static final int MAX_DATA = 16 * 1024 * 1024;

    /** Copies the arrays in. */
    public SignRequest {
        data = data == null ? null : data.clone();
        digest = digest == null ? null : digest.clone();
    }

    /**
     * A request to hash and sign data.
     *
     * @param data the data
     * @param algorithm the hash
     * @param format RAW or CMS
     * @return the request
     */
    public static SignRequest ofData(byte[] data, DigestAlgorithm algorithm, SignFormat format) {
        return new SignRequest(data, null, algorithm, format);
    }

    /**
     * A request to sign a digest computed by the caller.
     *
     * @param digest the digest
     * @param algorithm the hash that produced it
     * @param format RAW or CMS
     * @return the request
     */
    public static SignRequest ofDigest(byte[] digest, DigestAlgorithm algorithm, SignFormat format) {
        return new SignRequest(null, digest, algorithm, format);
    }

    /** A copy of the data, or null. */
    @Override
    public byte[] data() {
        return data == null ? null : data.clone();
    }

    /** A copy of the digest, or null. */
    @Override
    public byte[] digest() {
        return digest == null ? null : digest.clone();
    }

    /** The hash, SHA-256 when none was given. */
    public DigestAlgorithm algorithmOrDefault() {
        return algorithm == null ? DigestAlgorithm.SHA256 : algorithm;
    }

    /** The format, RAW when none was given. */
    public SignFormat formatOrDefault() {
        return format == null ? SignFormat.RAW : format;
    }

    /** Never prints the data. */
    @Override
    public String toString() {
        return "SignRequest[" + algorithmOrDefault() + ", " + formatOrDefault() + ", "
                + (data != null ? "data" : "digest") + " mode]";
    }
}
