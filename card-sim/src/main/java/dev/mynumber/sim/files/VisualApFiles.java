package dev.mynumber.sim.files;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * Builders of the 券面事項確認AP (visual AP) files, byte-exact per spec §5.4.
 */
public final class VisualApFiles {
    /**
     * Prefix of the DigestInfo the face signature is made over: SEQUENCE { sha256 AlgorithmIdentifier,
     * OCTET STRING of 96 bytes = three SHA-256 digests } [MC-surf], [MC-sig].
     */
    private static final String THREE_DIGEST_PREFIX = "3071300d060960864801650304020105000460";
    /** {@code DF31} of the basic info as read on the cards surveyed [MC-surf]. */
    private static final byte[] BASIC_INFO_VERSION = {0x06, 0x03, 0x0E, 0x01};
    private static final byte[] BASIC_INFO_FORMAT = {0x01};

    private VisualApFiles() {
    }

    /**
     * EF {@code 0002} card face: {@code FF20 { DF21 <9 offsets> ; DF22..DF2A }}; {@code DF28} signs
     * SHA-256(DF22‖DF23‖DF24) ‖ SHA-256(DF25‖DF26) ‖ SHA-256(DF27) with the key certified in {@code 0004};
     * expiry {@code DF29} and the security-code image {@code DF2A} follow, not covered.
     */
    public static byte[] face(CardFace face, KeyPair signer) {
        byte[] dob = Tlv.of(0xDF22, ascii(face.birthDate()));
        byte[] sex = Tlv.of(0xDF23, ascii(face.sex()));
        byte[] key = Tlv.of(0xDF24, RsaData.publicKey(face.cardKey()));
        byte[] name = Tlv.of(0xDF25, face.namePng());
        byte[] address = Tlv.of(0xDF26, face.addressPng());
        byte[] photo = Tlv.of(0xDF27, face.photoJp2());
        byte[] digestInfo = Tlv.concat(java.util.HexFormat.of().parseHex(THREE_DIGEST_PREFIX),
                Tlv.sha256(Tlv.concat(dob, sex, key)), Tlv.sha256(Tlv.concat(name, address)), Tlv.sha256(photo));
        byte[] signature = Tlv.of(0xDF28, RsaData.signRaw(signer.getPrivate(), digestInfo));
        return OffsetTable.build(0xFF20, 0xDF21, List.of(dob, sex, key, name, address, photo, signature,
                Tlv.of(0xDF29, ascii(face.expiry())), Tlv.of(0xDF2A, face.securityCodePng())));
    }

    /**
     * EF {@code 0001} age record: {@code FF10 { DF11 YYYYMMDD ; DF12 <card key> ; DF13 <signature> }}, the
     * signature SHA-256/RSA over the TLVs before {@code DF13} [MC-surf].
     */
    public static byte[] ageRecord(String birthDate, RSAPublicKey cardKey, KeyPair signer) {
        return signedRecord(0xFF10, 0xDF13, signer,
                Tlv.of(0xDF11, ascii(birthDate)), Tlv.of(0xDF12, RsaData.publicKey(cardKey)));
    }

    /**
     * EF {@code 0003} basic info: {@code FF30 { DF31 06 03 0E 01 ; DF32 key ID ; DF33 01 ; DF34 municipality
     * code (5 ASCII digits) ; DF35 key ID + 256 bytes }}. {@code DF35}'s 256 bytes are opaque on real cards;
     * the simulator puts a signature over the preceding TLVs there.
     */
    public static byte[] basicInfo(String municipalityCode, KeyPair signer) {
        byte[] keyId = CvCertificate.keyId(CvCertificate.VISUAL_ISSUER_ID, CvCertificate.SIGNER_KEY_NUMBER);
        byte[] fields = Tlv.concat(Tlv.of(0xDF31, BASIC_INFO_VERSION.clone()), Tlv.of(0xDF32, keyId),
                Tlv.of(0xDF33, BASIC_INFO_FORMAT.clone()), Tlv.of(0xDF34, ascii(municipalityCode)));
        byte[] opaque = Tlv.concat(keyId, RsaData.signSha256(signer.getPrivate(), fields));
        return Tlv.of(0xFF30, Tlv.concat(fields, Tlv.of(0xDF35, opaque)));
    }

    /** EF {@code 0004}: the visual AP CV certificate of {@code signer}, issued by {@code issuer} (6000023). */
    public static byte[] apCertificate(KeyPair issuer, RSAPublicKey signer) {
        return CvCertificate.build(CvCertificate.VISUAL_ISSUER_ID, issuer, signer);
    }

    /**
     * EF {@code 0005}: {@code FF40 { DF41 <My Number PNG> ; DF42 <card key> ; DF43 <signature> }}, the
     * signature SHA-256/RSA over the {@code DF41} and {@code DF42} TLVs (the simulator's reading of [MC-surf]).
     */
    public static byte[] myNumberImage(byte[] png, RSAPublicKey cardKey, KeyPair signer) {
        return signedRecord(0xFF40, 0xDF43, signer, Tlv.of(0xDF41, png), Tlv.of(0xDF42, RsaData.publicKey(cardKey)));
    }

    private static byte[] signedRecord(int outerTag, int signatureTag, KeyPair signer, byte[]... fields) {
        byte[] signed = Tlv.concat(fields);
        return Tlv.of(outerTag, Tlv.concat(signed,
                Tlv.of(signatureTag, RsaData.signSha256(signer.getPrivate(), signed))));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
