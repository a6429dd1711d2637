package dev.mynumber.sim.files;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;

/**
 * Builders of the 券面事項入力補助AP (text AP) files, byte-exact per spec §5.3.
 */
public final class TextApFiles {
    /** Physical size of EF {@code 0001}: {@code FF 10 0C} + 12 digits + {@code FF FF} filler [TEX2E]. */
    public static final int MY_NUMBER_FILE_SIZE = 17;
    private static final int MY_NUMBER_TAG = 0xFF10;
    private static final int ATTRIBUTES_TAG = 0xFF20;
    private static final int OFFSET_TABLE = 0xDF21;
    private static final int NAME = 0xDF22;
    private static final int ADDRESS = 0xDF23;
    private static final int BIRTH_DATE = 0xDF24;
    private static final int SEX = 0xDF25;
    private static final int INTEGRITY_TAG = 0xFF30;
    private static final int MY_NUMBER_DIGEST = 0xDF31;
    private static final int ATTRIBUTES_DIGEST = 0xDF32;
    private static final int INTEGRITY_SIGNATURE = 0xDF33;
    private static final int BASIC_INFO_TAG = 0xFF40;
    private static final int BASIC_INFO_VERSION_TAG = 0xDF41;
    private static final int BASIC_INFO_KEY_ID = 0xDF42;
    private static final int BASIC_INFO_OPAQUE = 0xDF43;
    private static final int AP_KEY_TAG = 0xFF50;
    private static final int AP_PUBLIC_KEY = 0xDF51;
    private static final int AP_KEY_SIGNATURE = 0xDF52;
    /** {@code DF41} as read on the cards surveyed [MC-text]. */
    private static final byte[] BASIC_INFO_VERSION = {0x01, 0x03, 0x0E, 0x01};
    private static final int BASIC_INFO_OPAQUE_LENGTH = 128;
    private static final int BASIC_INFO_OPAQUE_DATA = 32;

    private TextApFiles() {
    }

    /** EF {@code 0001} 個人番号: {@code FF 10 0C <12 ASCII digits> FF FF} (17 bytes). */
    public static byte[] myNumber(String twelveDigits) {
        byte[] file = Arrays.copyOf(Tlv.of(MY_NUMBER_TAG, ascii(twelveDigits)), MY_NUMBER_FILE_SIZE);
        Arrays.fill(file, 2 + 1 + 12, MY_NUMBER_FILE_SIZE, (byte) 0xFF);
        return file;
    }

    /**
     * EF {@code 0002} 基本4情報: {@code FF20 { DF21 <4 offsets> ; DF22 name ; DF23 address ; DF24 YYYYMMDD ;
     * DF25 sex }}, name and address UTF-8, offsets from the start of the file.
     */
    public static byte[] attributes(String name, String address, String birthDateYyyymmdd, String sex) {
        return OffsetTable.build(ATTRIBUTES_TAG, OFFSET_TABLE, List.of(
                Tlv.of(NAME, name.getBytes(StandardCharsets.UTF_8)),
                Tlv.of(ADDRESS, address.getBytes(StandardCharsets.UTF_8)),
                Tlv.of(BIRTH_DATE, ascii(birthDateYyyymmdd)),
                Tlv.of(SEX, ascii(sex))));
    }

    /**
     * EF {@code 0003} integrity record (336 bytes): {@code DF31} = SHA-256 of the whole {@code 0001} file,
     * {@code DF32} = SHA-256 of {@code 0002}'s fields {@code DF22..DF25} (offset table skipped), {@code DF33}
     * = SHA-256/RSA signature over the {@code DF31} and {@code DF32} TLVs by the key certified in {@code 0004}.
     */
    public static byte[] integrity(byte[] myNumberFile, byte[] attributesFile, KeyPair signer) {
        byte[] digests = Tlv.concat(Tlv.of(MY_NUMBER_DIGEST, Tlv.sha256(myNumberFile)),
                Tlv.of(ATTRIBUTES_DIGEST, Tlv.sha256(attributeFields(attributesFile))));
        byte[] signature = RsaData.signSha256(signer.getPrivate(), digests);
        return Tlv.of(INTEGRITY_TAG, Tlv.concat(digests, Tlv.of(INTEGRITY_SIGNATURE, signature)));
    }

    /** EF {@code 0004}: the text AP CV certificate of {@code signer}, issued by {@code issuer} (6000033). */
    public static byte[] apCertificate(KeyPair issuer, RSAPublicKey signer) {
        return CvCertificate.build(CvCertificate.TEXT_ISSUER_ID, issuer, signer);
    }

    /**
     * EF {@code 0005} basic info: {@code FF40 { DF41 01 03 0E 01 ; DF42 key ID ; DF43 32 bytes + 96 x FF }}.
     * The meaning of {@code DF43} is not published; the simulator puts 32 card-specific bytes there.
     */
    public static byte[] basicInfo(byte[] cardSpecific32) {
        byte[] opaque = new byte[BASIC_INFO_OPAQUE_LENGTH];
        Arrays.fill(opaque, (byte) 0xFF);
        System.arraycopy(cardSpecific32, 0, opaque, 0, BASIC_INFO_OPAQUE_DATA);
        return Tlv.of(BASIC_INFO_TAG, Tlv.concat(Tlv.of(BASIC_INFO_VERSION_TAG, BASIC_INFO_VERSION.clone()),
                Tlv.of(BASIC_INFO_KEY_ID,
                        CvCertificate.keyId(CvCertificate.TEXT_ISSUER_ID, CvCertificate.SIGNER_KEY_NUMBER)),
                Tlv.of(BASIC_INFO_OPAQUE, opaque)));
    }

    /**
     * EF {@code 0007}: {@code FF50 { DF51 <public key of key 0013> ; DF52 <signature> }}; the simulator's
     * {@code DF52} is a SHA-256/RSA signature over the {@code DF51} TLV by the key certified in {@code 0004}.
     */
    public static byte[] apKey(RSAPublicKey cardKey, KeyPair signer) {
        byte[] keyTlv = Tlv.of(AP_PUBLIC_KEY, RsaData.publicKey(cardKey));
        return Tlv.of(AP_KEY_TAG,
                Tlv.concat(keyTlv, Tlv.of(AP_KEY_SIGNATURE, RsaData.signSha256(signer.getPrivate(), keyTlv))));
    }

    /** Returns the raw {@code DF22..DF25} TLVs of an attributes file (what {@code DF32} digests). */
    static byte[] attributeFields(byte[] attributesFile) {
        int offsetOfName = ((attributesFile[headerLength(attributesFile) + 3] & 0xFF) << 8)
                | (attributesFile[headerLength(attributesFile) + 4] & 0xFF);
        return Arrays.copyOfRange(attributesFile, offsetOfName, attributesFile.length);
    }

    private static int headerLength(byte[] file) {
        int first = file[2] & 0xFF;
        return 2 + (first < 0x80 ? 1 : 1 + (first & 0x7F));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
