package dev.mynumber.agent.pcsc;

/** What kind of card a reader holds, as detected when it was inserted. */
public enum CardType {
    /** The JPKI AP answered and its token label says a My Number card (個人番号カード). */
    MY_NUMBER_CARD,
    /** A card that does not hold the JPKI AP, or a token that is not a plastic My Number card. */
    OTHER,
    /** Not detected yet (or the reader was busy when the card came). */
    UNKNOWN
}
