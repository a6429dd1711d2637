package dev.mynumber.sim.card;

/**
 * The five applications of the card with their DF names (AIDs), from the interface reference §1.
 */
public enum CardApplication {
    /** 公的個人認証AP. */
    JPKI("D392F000260100000001"),
    /** 券面事項入力補助AP. */
    TEXT("D3921000310001010408"),
    /** 券面事項確認AP. */
    VISUAL("D3921000310001010402"),
    /** 住基AP. */
    JUKI("D3921000310001010401"),
    /** 共通カードAP. */
    COMMON("D3921000310001010100");

    private final String aidHex;

    CardApplication(String aidHex) {
        this.aidHex = aidHex;
    }

    /** Returns the 10-byte DF name (a fresh copy). */
    public byte[] aid() {
        return java.util.HexFormat.of().parseHex(aidHex);
    }
}
