package dev.mynumber.card;

/**
 * Every PIN, password and 照合番号 key reference on the card, one counter each (spec §4).
 *
 * <p>The key reference and retry limit of each kind live in the owning application's constants class.
 */
public enum PinKind {
    /** 利用者証明用暗証番号: JPKI {@code 0018}, 4 digits, 3 tries. */
    AUTH_PIN,
    /** 署名用パスワード: JPKI {@code 001B}, 6-16 of A-Z 0-9, 5 tries. */
    SIGN_PASSWORD,
    /** 券面事項入力補助用暗証番号: text AP {@code 0011}, 4 digits, 3 tries. */
    TEXT_PIN,
    /** 照合番号A (the My Number) in the text AP: {@code 0014}. */
    TEXT_CODE_A,
    /** 照合番号B in the text AP: {@code 0015}. */
    TEXT_CODE_B,
    /** 照合番号A (the My Number) in the visual AP: {@code 0013}. */
    VISUAL_CODE_A,
    /** 照合番号B in the visual AP: {@code 0012}. */
    VISUAL_CODE_B,
    /** 生年月日 key of the visual AP: {@code 0011}, Japanese-era YYMMDD. */
    VISUAL_BIRTH_DATE,
    /** 個人番号カード用暗証番号 of the 共通カードAP: {@code 001C}, 4 digits, 3 tries. */
    COMMON_PIN,
    /** 住民基本台帳用暗証番号 of the 住基AP: {@code 001C}, 4 digits, 3 tries. */
    JUKI_PIN
}
