package dev.mynumber.agent.http;

import dev.mynumber.card.InvalidPinFormatException;
import dev.mynumber.card.pin.JapaneseEra;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The dates in a 照合番号B that no card can carry, refused as a format error before any APDU (a wrong value
 * spends a try): a birth date after today, an expiry year before the birth year or more than ten years
 * ahead (a card is valid until at most the tenth birthday after issue, spec §4 [MC-data]).
 *
 * <p>"Today" comes from an injected clock, in Japan's time zone. Days a month never has (31 February) are
 * refused by {@code VerificationCodeB} itself.
 */
final class CodeBDates {
    /** Longest validity of a card in years (adults: until the 10th birthday after issue). */
    static final int MAX_VALIDITY_YEARS = 10;

    private CodeBDates() {
    }

    /** Checks a Gregorian birth date and the expiry year against today. */
    static void check(LocalDate birthDate, int expiryYear, LocalDate today) throws InvalidPinFormatException {
        if (birthDate.isAfter(today)) {
            throw new InvalidPinFormatException("the birth date is in the future");
        }
        if (expiryYear < birthDate.getYear()) {
            throw new InvalidPinFormatException("the expiry year is before the birth year");
        }
        checkExpiry(expiryYear, today);
    }

    /** Checks an expiry year alone (the digits form, whose era is unknown). */
    static void checkExpiry(int expiryYear, LocalDate today) throws InvalidPinFormatException {
        if (expiryYear > today.getYear() + MAX_VALIDITY_YEARS) {
            throw new InvalidPinFormatException("the expiry year is more than " + MAX_VALIDITY_YEARS
                    + " years ahead");
        }
    }

    /**
     * The Gregorian date of an era date typed as YYMMDD.
     *
     * @param era the era's name ({@code reiwa}, {@code HEISEI}, …)
     * @param yymmdd six digits
     * @return the date
     * @throws InvalidPinFormatException for an unknown era or a date that does not exist
     */
    static LocalDate eraDate(String era, char[] yymmdd) throws InvalidPinFormatException {
        JapaneseEra parsed;
        try {
            parsed = JapaneseEra.valueOf(era.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPinFormatException("era must be one of meiji, taisho, showa, heisei, reiwa");
        }
        try {
            return LocalDate.of(parsed.firstDay().getYear() + number(yymmdd, 0) - 1, number(yymmdd, 2),
                    number(yymmdd, 4));
        } catch (DateTimeException e) {
            throw new InvalidPinFormatException("the birth date does not exist");
        }
    }

    /** Two digits at an offset (the caller checked the characters are digits). */
    static int number(char[] chars, int offset) {
        return (chars[offset] - '0') * 10 + chars[offset + 1] - '0';
    }
}
