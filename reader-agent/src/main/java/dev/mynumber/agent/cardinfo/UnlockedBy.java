package dev.mynumber.agent.cardinfo;

/** Which credential opened the card for a card-information read. */
public enum UnlockedBy {
    /** The holder's 券面事項入力補助用暗証番号 (4 digits). */
    PIN,
    /** 照合番号B typed by staff from the card face (era birth date + expiry year + security code). */
    CODE_B
}
