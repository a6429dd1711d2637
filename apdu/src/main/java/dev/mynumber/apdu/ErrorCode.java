package dev.mynumber.apdu;

/**
 * Stable error codes shared by the card client, the agent's HTTP API and the browser client.
 *
 * <p>Codes are part of the public contract: never rename one; add new ones at the end of a group.
 */
public enum ErrorCode {
    // Transport and card presence
    /** The card left the reader (or the reader vanished) during an operation. */
    CARD_REMOVED,
    /** The reader or transport failed for another reason. */
    TRANSPORT_ERROR,

    // PINs (暗証番号) and verification codes (照合番号)
    /** A PIN, password or 照合番号 of the wrong format; refused before any APDU was sent. */
    INVALID_PIN_FORMAT,
    /** The card rejected the PIN; the error carries the tries left (at least one). */
    WRONG_PIN,
    /** The PIN is blocked (63C0 on the exhausting try, 6984 after); it is reset at the municipal office. */
    PIN_BLOCKED,
    /** The next VERIFY would be the last try and the caller did not confirm spending it. */
    LAST_TRY_NOT_CONFIRMED,

    // Card answers
    /** The operation needs a PIN (security status) that has not been verified (6982). */
    SECURITY_STATUS_NOT_SATISFIED,
    /** The card refused the command in its current state (6985). */
    CONDITIONS_NOT_SATISFIED,
    /** The application or file does not exist on this card (6A82). */
    FILE_NOT_FOUND,
    /** The card answered a length error (6700) that the client could not recover from. */
    WRONG_LENGTH,
    /** The card returned data that does not parse as the spec says (bad TLV, truncated file, wrong tag). */
    MALFORMED_CARD_DATA,
    /** The card is not a My Number card, or lacks what the operation needs (e.g. no signing certificate). */
    UNSUPPORTED_CARD,
    /** Any other status word the client does not expect; the error carries it. */
    UNEXPECTED_STATUS,

    // Caller input
    /** An argument other than a PIN is invalid (e.g. data too long to sign). */
    INVALID_ARGUMENT
}
