package dev.mynumber.card.jpki;

import dev.mynumber.card.MalformedCardDataException;
import java.nio.charset.StandardCharsets;

/**
 * The JPKI token information (EF {@code 0006}): its label and the kind of token that label names.
 *
 * @param label the 32-byte PKCS#11 label with trailing spaces and NULs trimmed (spec §5.1)
 * @param kind the token kind the label names
 */
public record TokenInfo(String label, TokenKind kind) {
    /**
     * Decodes the first 32 bytes of EF {@code 0006} (the {@code CK_TOKEN_INFO} label).
     *
     * @param labelBytes at least 32 bytes; only the first 32 are used
     * @return the token info
     * @throws MalformedCardDataException if fewer than 32 bytes or not printable ASCII
     */
    public static TokenInfo parse(byte[] labelBytes) throws MalformedCardDataException {
        if (labelBytes.length < JpkiConstants.TOKEN_LABEL_LENGTH) {
            throw new MalformedCardDataException("JPKI 0006: token label shorter than 32 bytes");
        }
        int end = JpkiConstants.TOKEN_LABEL_LENGTH;
        while (end > 0 && (labelBytes[end - 1] == ' ' || labelBytes[end - 1] == 0)) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (labelBytes[i] < 0x20 || labelBytes[i] > 0x7E) {
                throw new MalformedCardDataException("JPKI 0006: token label is not printable ASCII");
            }
        }
        String label = new String(labelBytes, 0, end, StandardCharsets.US_ASCII);
        return new TokenInfo(label, kindOf(label));
    }

    private static TokenKind kindOf(String label) {
        switch (label) {
            case JpkiConstants.LABEL_MY_NUMBER_CARD:
                return TokenKind.MY_NUMBER_CARD;
            case JpkiConstants.LABEL_JUKI_CARD:
                return TokenKind.JUKI_CARD;
            case JpkiConstants.LABEL_ANDROID:
                return TokenKind.ANDROID;
            case JpkiConstants.LABEL_IPHONE:
                return TokenKind.IPHONE;
            default:
                return TokenKind.UNKNOWN;
        }
    }
}
