package dev.mynumber.sim.files;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;

/**
 * Builds the text/visual AP card-verifiable certificate (EF {@code 0004}, tag {@code 7F21}, 568 bytes) of
 * spec §5.3: {@code 7F21 { 5F4E <issuer key ID><subject key ID><public key> ; 5F37 <signature> }}, the
 * signature being PKCS#1 v1.5 SHA-256 over the 297-byte {@code 5F4E} value by the issuer key.
 */
public final class CvCertificate {
    /** Test issuer ID of the text AP (production {@code 5000033}) [MC-data]. */
    public static final String TEXT_ISSUER_ID = "6000033";
    /** Test issuer ID of the visual AP (production {@code 5000023}) [MC-data]. */
    public static final String VISUAL_ISSUER_ID = "6000023";
    /** Key-ID number of the issuer (CA) key; the simulator's choice. */
    public static final String ISSUER_KEY_NUMBER = "000";
    /** Key-ID number of the certified data-signing key; the simulator's choice. */
    public static final String SIGNER_KEY_NUMBER = "001";
    private static final int CERTIFICATE = 0x7F21;
    private static final int BODY = 0x5F4E;
    private static final int SIGNATURE = 0x5F37;

    private CvCertificate() {
    }

    /**
     * Returns the 16-byte key ID: 7 ASCII digits, {@code 08 05}, 3 ASCII digits, 4 padding bytes [MC-data].
     * The padding value is not published; the simulator uses {@code 00}.
     */
    public static byte[] keyId(String issuerId, String keyNumber) {
        return Tlv.concat(issuerId.getBytes(StandardCharsets.US_ASCII), new byte[] {0x08, 0x05},
                keyNumber.getBytes(StandardCharsets.US_ASCII), new byte[4]);
    }

    /** Builds the certificate of {@code subject} signed by {@code issuer}. */
    public static byte[] build(String issuerId, KeyPair issuer, RSAPublicKey subject) {
        byte[] body = Tlv.concat(keyId(issuerId, ISSUER_KEY_NUMBER), keyId(issuerId, SIGNER_KEY_NUMBER),
                RsaData.publicKey(subject));
        byte[] signature = RsaData.signSha256(issuer.getPrivate(), body);
        return Tlv.of(CERTIFICATE, Tlv.concat(Tlv.of(BODY, body), Tlv.of(SIGNATURE, signature)));
    }
}
