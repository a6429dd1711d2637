package dev.mynumber.card.session;

import dev.mynumber.card.MalformedCardDataException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Decoders for text fields of the card files: strict UTF-8 and Gregorian {@code YYYYMMDD} dates (spec §5.3-5.4).
 */
public final class CardText {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CardText() {
    }

    /**
     * Decodes UTF-8 strictly; U+3000 (full-width space between family and given name) is kept.
     *
     * @param bytes the field value
     * @param what a non-personal name for errors
     * @return the text
     */
    public static String utf8(byte[] bytes, String what) throws MalformedCardDataException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCardDataException(what + ": not UTF-8");
        }
    }

    /**
     * Decodes 8 ASCII digits {@code YYYYMMDD} as a Gregorian date.
     *
     * @param bytes the field value
     * @param what a non-personal name for errors
     * @return the date
     */
    public static LocalDate date(byte[] bytes, String what) throws MalformedCardDataException {
        if (bytes.length != 8) {
            throw new MalformedCardDataException(what + ": date is not 8 digits");
        }
        for (byte b : bytes) {
            if (b < '0' || b > '9') {
                throw new MalformedCardDataException(what + ": date is not 8 digits");
            }
        }
        try {
            return LocalDate.parse(new String(bytes, StandardCharsets.US_ASCII), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new MalformedCardDataException(what + ": impossible date");
        }
    }

    /**
     * Reads a big-endian unsigned 16-bit number.
     *
     * @param bytes the table
     * @param index entry index (offset = 2 × index)
     * @return the number
     */
    public static int u16(byte[] bytes, int index) {
        return ((bytes[2 * index] & 0xFF) << 8) | (bytes[2 * index + 1] & 0xFF);
    }
}
