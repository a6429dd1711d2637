package dev.mynumber.sim.card;

/**
 * The private keys on the card that the simulator signs with.
 */
public enum CardKey {
    /** 利用者証明用秘密鍵, JPKI key {@code 0017}; needs the auth PIN. */
    JPKI_AUTH(CardApplication.JPKI, 0x0017),
    /** 署名用秘密鍵, JPKI key {@code 001A}; needs the signing password. */
    JPKI_SIGN(CardApplication.JPKI, 0x001A),
    /** The text AP's own key {@code 0013}: signs challenges ({@code 80 2A 00 00}) with no credential. */
    TEXT_AP(CardApplication.TEXT, 0x0013),
    /** The visual AP's card key (public half in the face file's {@code DF24}): signs challenges with no credential. */
    VISUAL_AP(CardApplication.VISUAL, 0x0000),
    /**
     * The 共通カードAP key {@code 0019} that answers INTERNAL AUTHENTICATE with no credential (optional: a
     * card without it refuses INTERNAL AUTHENTICATE with {@code 6985}).
     */
    COMMON_AUTH(CardApplication.COMMON, 0x0019);

    private final CardApplication application;
    private final int fileId;

    CardKey(CardApplication application, int fileId) {
        this.application = application;
        this.fileId = fileId;
    }

    /** Returns the application holding this key. */
    public CardApplication application() {
        return application;
    }

    /** Returns the key's file identifier, or 0 where the card exposes none. */
    public int fileId() {
        return fileId;
    }
}
