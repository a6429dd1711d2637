package dev.mynumber.card.jpki;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.Hex;

/**
 * The hash whose DER DigestInfo the host builds before the card pads and signs it (spec §3.2, [MY-go-common]).
 */
public enum DigestAlgorithm {
    /** SHA-256 (OID 2.16.840.1.101.3.4.2.1). */
    SHA256("3031300D060960864801650304020105000420", 32),
    /** SHA-384 (OID 2.16.840.1.101.3.4.2.2). */
    SHA384("3041300D060960864801650304020205000430", 48),
    /** SHA-512 (OID 2.16.840.1.101.3.4.2.3). */
    SHA512("3051300D060960864801650304020305000440", 64);

    private final String prefixHex;
    private final int digestLength;

    DigestAlgorithm(String prefixHex, int digestLength) {
        this.prefixHex = prefixHex;
        this.digestLength = digestLength;
    }

    /** Length of the digest in bytes. */
    public int digestLength() {
        return digestLength;
    }

    /** A copy of the DER prefix to put before the digest. */
    public byte[] prefix() {
        return Hex.decode(prefixHex);
    }

    /**
     * Builds {@code DigestInfo ::= SEQUENCE { AlgorithmIdentifier, OCTET STRING digest }}.
     *
     * @param digest the hash, of {@link #digestLength()} bytes
     * @return the DER DigestInfo
     * @throws ApduException {@link ErrorCode#INVALID_ARGUMENT} if the digest has the wrong length
     */
    public byte[] digestInfo(byte[] digest) throws ApduException {
        if (digest == null || digest.length != digestLength) {
            throw new ApduException(ErrorCode.INVALID_ARGUMENT, name() + " digest must be " + digestLength + " bytes");
        }
        byte[] prefix = prefix();
        byte[] out = new byte[prefix.length + digest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(digest, 0, out, prefix.length, digest.length);
        return out;
    }
}
