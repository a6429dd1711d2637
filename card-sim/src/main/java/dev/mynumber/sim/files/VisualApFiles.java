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
    private static final int FACE_TAG = 0xFF20;
    private static final int OFFSET_TABLE = 0xDF21;
    private static final int BIRTH_DATE = 0xDF22;
    private static final int SEX = 0xDF23;
    private static final int CARD_KEY = 0xDF24;
    private static final int NAME_IMAGE = 0xDF25;
    private static final int ADDRESS_IMAGE = 0xDF26;
    private static final int PHOTO = 0xDF27;
    private static final int FACE_SIGNATURE = 0xDF28;
    private static final int EXPIRY = 0xDF29;
    private static final int SECURITY_CODE_IMAGE = 0xDF2A;
    private static final int AGE_TAG = 0xFF10;
    private static final int AGE_BIRTH_DATE = 0xDF11;
    private static final int AGE_CARD_KEY = 0xDF12;
    private static final int AGE_SIGNATURE = 0xDF13;
    private static final int BASIC_INFO_TAG = 0xFF30;
    private static final int BASIC_INFO_VERSION_TAG = 0xDF31;
    private static final int BASIC_INFO_KEY_ID = 0xDF32;
    private static final int BASIC_INFO_FORMAT_TAG = 0xDF33;
    private static final int MUNICIPALITY = 0xDF34;
    private static final int BASIC_INFO_OPAQUE = 0xDF35;
    private static final int MY_NUMBER_TAG = 0xFF40;
    private static final int MY_NUMBER_IMAGE = 0xDF41;
    private static final int MY_NUMBER_CARD_KEY = 0xDF42;
    private static final int MY_NUMBER_SIGNATURE = 0xDF43;

    private VisualApFiles() {
    }

    /**
     * EF {@code 0002} card face: {@code FF20 { DF21 <9 offsets> ; DF22..DF2A }}; {@code DF28} signs
     * SHA-256(DF22‖DF23‖DF24) ‖ SHA-256(DF25‖DF26) ‖ SHA-256(DF27) with the key certified in {@code 0004};
     * expiry {@code DF29} and the security-code image {@code DF2A} follow, not covered.
     */
    public static byte[] face(CardFace face, KeyPair signer) {
        byte[] dob = Tlv.of(BIRTH_DATE, ascii(face.birthDate()));
        byte[] sex = Tlv.of(SEX, ascii(face.sex()));
        byte[] key = Tlv.of(CARD_KEY, RsaData.publicKey(face.cardKey()));
        byte[] name = Tlv.of(NAME_IMAGE, face.namePng());
        byte[] address = Tlv.of(ADDRESS_IMAGE, face.addressPng());
        byte[] photo = Tlv.of(PHOTO, face.photoJp2());
        byte[] digestInfo = Tlv.concat(java.util.HexFormat.of().parseHex(THREE_DIGEST_PREFIX),
                Tlv.sha256(Tlv.concat(dob, sex, key)), Tlv.sha256(Tlv.concat(name, address)), Tlv.sha256(photo));
        byte[] signature = Tlv.of(FACE_SIGNATURE, RsaData.signRaw(signer.getPrivate(), digestInfo));
        return OffsetTable.build(FACE_TAG, OFFSET_TABLE, List.of(dob, sex, key, name, address, photo, signature,
                Tlv.of(EXPIRY, ascii(face.expiry())), Tlv.of(SECURITY_CODE_IMAGE, face.securityCodePng())));
    }

    /**
     * EF {@code 0001} age record: {@code FF10 { DF11 YYYYMMDD ; DF12 <card key> ; DF13 <signature> }}, the
     * signature SHA-256/RSA over the TLVs before {@code DF13} [MC-surf].
     */
    public static byte[] ageRecord(String birthDate, RSAPublicKey cardKey, KeyPair signer) {
        return signedRecord(AGE_TAG, AGE_SIGNATURE, signer,
                Tlv.of(AGE_BIRTH_DATE, ascii(birthDate)), Tlv.of(AGE_CARD_KEY, RsaData.publicKey(cardKey)));
    }

    /**
     * EF {@code 0003} basic info: {@code FF30 { DF31 06 03 0E 01 ; DF32 key ID ; DF33 01 ; DF34 municipality
     * code (5 ASCII digits) ; DF35 key ID + 256 bytes }}. {@code DF35}'s 256 bytes are opaque on real cards;
     * the simulator puts a signature over the preceding TLVs there.
     */
    public static byte[] basicInfo(String municipalityCode, KeyPair signer) {
        byte[] keyId = CvCertificate.keyId(CvCertificate.VISUAL_ISSUER_ID, CvCertificate.SIGNER_KEY_NUMBER);
        byte[] fields = Tlv.concat(Tlv.of(BASIC_INFO_VERSION_TAG, BASIC_INFO_VERSION.clone()),
                Tlv.of(BASIC_INFO_KEY_ID, keyId),
                Tlv.of(BASIC_INFO_FORMAT_TAG, BASIC_INFO_FORMAT.clone()),
                Tlv.of(MUNICIPALITY, ascii(municipalityCode)));
        byte[] opaque = Tlv.concat(keyId, RsaData.signSha256(signer.getPrivate(), fields));
        return Tlv.of(BASIC_INFO_TAG, Tlv.concat(fields, Tlv.of(BASIC_INFO_OPAQUE, opaque)));
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
        return signedRecord(MY_NUMBER_TAG, MY_NUMBER_SIGNATURE, signer, Tlv.of(MY_NUMBER_IMAGE, png),
                Tlv.of(MY_NUMBER_CARD_KEY, RsaData.publicKey(cardKey)));
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
