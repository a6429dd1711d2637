package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.card.InvalidPinFormatException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeB;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Turns request fields into the card client's secret types, checking the format before any APDU.
 *
 * <p>A missing or malformed secret is {@code INVALID_PIN_FORMAT}; the card is never asked.
 */
final class SecretInputs {
    private SecretInputs() {
    }

    /** The 4-digit PIN from {@code pin}. */
    static Pin4 pin(SecretBody body) throws InvalidPinFormatException {
        return Pin4.of(body.secret("pin"));
    }

    /** The signing password from {@code password}. */
    static SigningPassword password(SecretBody body) throws InvalidPinFormatException {
        return SigningPassword.of(body.secret("password"));
    }

    /** {@code confirmLastTry} as a {@link LastTry}. */
    static LastTry lastTry(SecretBody body) {
        return body.flag("confirmLastTry") ? LastTry.ALLOW : LastTry.REFUSE;
    }

    /**
     * 照合番号B from {@code codeB}: {@code {digits}} (14), or {@code {birthDate: YYYY-MM-DD, expiryYear,
     * securityCode}}, or {@code {era?, yymmdd, expiryYear, securityCode}} (the era is not part of the code, but
     * when given the date is checked in it). Dates no card can carry are format errors ({@link CodeBDates}).
     *
     * @param codeB the {@code codeB} object
     * @param today today's date, for the dates that cannot be in the future
     */
    static VerificationCodeB codeB(SecretBody codeB, LocalDate today) throws InvalidPinFormatException {
        codeB.allowOnly("digits", "birthDate", "era", "yymmdd", "expiryYear", "securityCode");
        if (codeB.secret("digits") != null) {
            VerificationCodeB parsed = VerificationCodeB.ofDigits(codeB.secret("digits"));
            CodeBDates.checkExpiry(yearAt(codeB.secret("digits"), 6), today);
            return parsed;
        }
        Integer expiry = codeB.integer("expiryYear");
        char[] code = codeB.secret("securityCode");
        String era = codeB.text("era");
        if (expiry == null || code == null) {
            throw new InvalidPinFormatException("照合番号B needs expiryYear and securityCode");
        }
        if (codeB.secret("birthDate") != null) {
            LocalDate birthDate = birthDate(codeB.secret("birthDate"));
            CodeBDates.check(birthDate, expiry, today);
            return VerificationCodeB.of(birthDate, expiry, code);
        }
        char[] yymmdd = codeB.secret("yymmdd");
        if (yymmdd == null || yymmdd.length != 6 || code.length != 4 || expiry < 1000 || expiry > 9999
                || !digits(yymmdd)) {
            throw new InvalidPinFormatException("照合番号B needs birthDate or yymmdd (6 digits)");
        }
        if (era != null) {
            CodeBDates.check(CodeBDates.eraDate(era, yymmdd), expiry, today);
        }
        CodeBDates.checkExpiry(expiry, today);
        char[] digits = new char[VerificationCodeB.LENGTH];
        System.arraycopy(yymmdd, 0, digits, 0, 6);
        String.valueOf(expiry).getChars(0, 4, digits, 6);
        System.arraycopy(code, 0, digits, 10, 4);
        try {
            return VerificationCodeB.ofDigits(digits);
        } finally {
            Arrays.fill(digits, '\0');
        }
    }

    private static boolean digits(char[] chars) {
        for (char c : chars) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The 4-digit year at an offset of checked digits. */
    private static int yearAt(char[] digits, int offset) {
        return CodeBDates.number(digits, offset) * 100 + CodeBDates.number(digits, offset + 2);
    }

    private static LocalDate birthDate(char[] chars) throws InvalidPinFormatException {
        try {
            return LocalDate.parse(CharBuffer.wrap(chars));
        } catch (DateTimeParseException e) {
            throw new InvalidPinFormatException("birthDate must be YYYY-MM-DD");
        }
    }

    /** The nested {@code codeB} object, or BAD_REQUEST. */
    static SecretBody codeBObject(SecretBody body) {
        SecretBody codeB = body.object("codeB");
        if (codeB == null) {
            throw new AgentException(AgentCode.BAD_REQUEST, "give either pin or codeB");
        }
        return codeB;
    }
}
