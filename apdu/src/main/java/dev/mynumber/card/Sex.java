package dev.mynumber.card;

/**
 * 性別 as one ASCII digit on the card (spec §5.3, §5.4): the JIS X 0303 / ISO 5218 codes.
 *
 * <p>Other digits (tex2e reports {@code 3}, UNCONFIRMED) decode as {@link #OTHER} rather than failing.
 */
public enum Sex {
    /** {@code 0}: 不明 (not known). */
    NOT_KNOWN,
    /** {@code 1}: 男性. */
    MALE,
    /** {@code 2}: 女性. */
    FEMALE,
    /** {@code 9}: 適用不能 (not applicable). */
    NOT_APPLICABLE,
    /** Any other digit. */
    OTHER;

    /**
     * Decodes the card's one-byte code.
     *
     * @param code the ASCII byte
     * @return the sex code
     * @throws MalformedCardDataException if the byte is not an ASCII digit
     */
    public static Sex fromCode(byte code) throws MalformedCardDataException {
        switch (code) {
            case '0':
                return NOT_KNOWN;
            case '1':
                return MALE;
            case '2':
                return FEMALE;
            case '9':
                return NOT_APPLICABLE;
            default:
                if (code < '0' || code > '9') {
                    throw new MalformedCardDataException("sex code is not a digit");
                }
                return OTHER;
        }
    }
}
