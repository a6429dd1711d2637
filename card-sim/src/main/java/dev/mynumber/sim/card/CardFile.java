package dev.mynumber.sim.card;

/**
 * The elementary files whose contents differ from card to card, named by application and file identifier.
 *
 * <p>Identifiers are from the interface reference {@code shared/spec/mynumber-card.md} §2; the access rule
 * of each file belongs to the card engine, not to this list.
 */
public enum CardFile {
    /** 署名用証明書 (signing certificate, X.509 DER). */
    JPKI_SIGN_CERT(CardApplication.JPKI, 0x0001),
    /** 署名用CA証明書. */
    JPKI_SIGN_CA_CERT(CardApplication.JPKI, 0x0002),
    /** Token information (PKCS#11 CK_TOKEN_INFO, 160 bytes). */
    JPKI_TOKEN_INFO(CardApplication.JPKI, 0x0006),
    /** Three bytes saying which certificates are present ({@code 8F 8F 00} with both). */
    JPKI_CERT_FLAGS(CardApplication.JPKI, 0x0008),
    /** 利用者証明用証明書 (authentication certificate, X.509 DER). */
    JPKI_AUTH_CERT(CardApplication.JPKI, 0x000A),
    /** 利用者証明用CA証明書. */
    JPKI_AUTH_CA_CERT(CardApplication.JPKI, 0x000B),
    /** 個人番号 ({@code FF10}, 17 physical bytes). */
    TEXT_MY_NUMBER(CardApplication.TEXT, 0x0001),
    /** 基本4情報 ({@code FF20} with the offset table). */
    TEXT_ATTRIBUTES(CardApplication.TEXT, 0x0002),
    /** Integrity record ({@code FF30}: two digests and the signature over them). */
    TEXT_INTEGRITY(CardApplication.TEXT, 0x0003),
    /** The text AP's card-verifiable certificate ({@code 7F21}). */
    TEXT_AP_CERT(CardApplication.TEXT, 0x0004),
    /** Text AP basic information ({@code FF40}). */
    TEXT_BASIC_INFO(CardApplication.TEXT, 0x0005),
    /** The public half of the text AP's own key {@code 0013} with its issuer signature ({@code FF50}). */
    TEXT_AP_KEY(CardApplication.TEXT, 0x0007),
    /** Age-verification record ({@code FF10}). */
    VISUAL_AGE(CardApplication.VISUAL, 0x0001),
    /** Card face ({@code FF20}: birth date, sex, card key, name/address images, photo, signature, expiry, code image). */
    VISUAL_FACE(CardApplication.VISUAL, 0x0002),
    /** Visual AP basic information ({@code FF30}). */
    VISUAL_BASIC_INFO(CardApplication.VISUAL, 0x0003),
    /** The visual AP's card-verifiable certificate ({@code 7F21}). */
    VISUAL_AP_CERT(CardApplication.VISUAL, 0x0004),
    /** Rendered 個人番号 image with card key and signature ({@code FF40}). */
    VISUAL_MY_NUMBER_IMAGE(CardApplication.VISUAL, 0x0005),
    /** 共通カードAP record EF: record 1 = {@code 01 1C} + 28 ASCII digits (serial, municipality, expiry). */
    COMMON_CARD_INFO(CardApplication.COMMON, 0x0001);

    private final CardApplication application;
    private final int fileId;

    CardFile(CardApplication application, int fileId) {
        this.application = application;
        this.fileId = fileId;
    }

    /** Returns the application holding this file. */
    public CardApplication application() {
        return application;
    }

    /** Returns the two-byte file identifier. */
    public int fileId() {
        return fileId;
    }
}
