package dev.mynumber.card.jpki;

/**
 * What holds the JPKI application, told by the token label in EF {@code 0006} (spec §5.1, [MY-go-api]).
 */
public enum TokenKind {
    /** {@code JPKIAPICCTOKEN2}: the My Number card (個人番号カード). */
    MY_NUMBER_CARD,
    /** {@code JPKIAPICCTOKEN}: the old 住民基本台帳カード. */
    JUKI_CARD,
    /** {@code JPKIAPGPSETOKEN}: JPKI on an Android smartphone. */
    ANDROID,
    /** {@code JPKIAPIOSTOKEN}: JPKI on an iPhone. */
    IPHONE,
    /** Any other label. */
    UNKNOWN
}
