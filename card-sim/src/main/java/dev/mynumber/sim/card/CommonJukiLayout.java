package dev.mynumber.sim.card;

/**
 * 共通カードAP and 住基AP, and the MF (ISD) level: their EFs, spec §2.4 and §2.5.
 *
 * <p>Simplified: the 16-byte key references {@code 0002} of both APs and the 共通AP INTERNAL
 * AUTHENTICATE key {@code 0019} are internal EFs (selectable, unreadable; {@code 0019} becomes a key EF
 * when the contents hold {@link CardKey#COMMON_AUTH}); the MF holds only the internal EF {@code 001E}.
 */
final class CommonJukiLayout {
    /** The 16-byte key reference {@code 0002} of both APs [MC-common], [MC-juki]. */
    static final int KEY_REFERENCE = 0x0002;
    /** The 共通AP key answering INTERNAL AUTHENTICATE [MC-common]. */
    static final int INTERNAL_AUTH_KEY = 0x0019;
    /** The MF-level internal EF [MC-mf]. */
    static final int MF_INTERNAL_EF = 0x001E;

    private CommonJukiLayout() {
    }

    static EfTable common(CardContents c) {
        return new EfTable(c)
                .records(CardFile.COMMON_CARD_INFO, AccessRule.free())
                .internal(KEY_REFERENCE)
                .internal(INTERNAL_AUTH_KEY)
                // replaces the internal EF when the card has the key
                .key(CardKey.COMMON_AUTH, AccessRule.free())
                .secret(CardSecret.COMMON_PIN);
    }

    static EfTable juki(CardContents c) {
        return new EfTable(c)
                .internal(KEY_REFERENCE)
                .secret(CardSecret.JUKI_PIN);
    }

    static EfTable mf(CardContents c) {
        return new EfTable(c).internal(MF_INTERNAL_EF);
    }
}
