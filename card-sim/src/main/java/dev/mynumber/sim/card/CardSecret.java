package dev.mynumber.sim.card;

/**
 * The PINs and verification codes (key references) of the card, each with its own try counter.
 *
 * <p>Retry limits for 照合番号A/B and the birth-date key are not published (spec §10); 10 is the
 * simulator's documented assumption for them.
 */
public enum CardSecret {
    /** 利用者証明用PIN, 4 digits, 3 tries. */
    JPKI_AUTH_PIN(CardApplication.JPKI, 0x0018, 3),
    /** 署名用パスワード, 6-16 characters, 5 tries. */
    JPKI_SIGN_PASSWORD(CardApplication.JPKI, 0x001B, 5),
    /** 券面事項入力補助用暗証番号, 4 digits, 3 tries. */
    TEXT_PIN(CardApplication.TEXT, 0x0011, 3),
    /** 照合番号A of the text AP (the 12-digit My Number). */
    TEXT_CODE_A(CardApplication.TEXT, 0x0014, 10),
    /** 照合番号B of the text AP (14 digits). */
    TEXT_CODE_B(CardApplication.TEXT, 0x0015, 10),
    /** 生年月日 key of the visual AP (Japanese-era YYMMDD). */
    VISUAL_BIRTH_DATE(CardApplication.VISUAL, 0x0011, 10),
    /** 照合番号B of the visual AP. */
    VISUAL_CODE_B(CardApplication.VISUAL, 0x0012, 10),
    /** 照合番号A of the visual AP. */
    VISUAL_CODE_A(CardApplication.VISUAL, 0x0013, 10),
    /** 住民基本台帳用暗証番号 of the 住基AP, 4 digits, 3 tries. */
    JUKI_PIN(CardApplication.JUKI, 0x001C, 3),
    /** 個人番号カード用暗証番号 of the 共通カードAP, 4 digits, 3 tries. */
    COMMON_PIN(CardApplication.COMMON, 0x001C, 3);

    private final CardApplication application;
    private final int fileId;
    private final int maxTries;

    CardSecret(CardApplication application, int fileId, int maxTries) {
        this.application = application;
        this.fileId = fileId;
        this.maxTries = maxTries;
    }

    /** Returns the application holding this key reference. */
    public CardApplication application() {
        return application;
    }

    /** Returns the key reference's file identifier. */
    public int fileId() {
        return fileId;
    }

    /** Returns the number of tries a fresh counter allows. */
    public int maxTries() {
        return maxTries;
    }
}
