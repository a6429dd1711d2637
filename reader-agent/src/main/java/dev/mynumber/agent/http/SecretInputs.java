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
     * securityCode}}, or {@code {era?, yymmdd, expiryYear, securityCode}} (the era is not part of the code).
     */
    static VerificationCodeB codeB(SecretBody codeB) throws InvalidPinFormatException {
        if (codeB.secret("digits") != null) {
            return VerificationCodeB.ofDigits(codeB.secret("digits"));
        }
        Integer expiry = codeB.integer("expiryYear");
        char[] code = codeB.secret("securityCode");
        if (expiry == null || code == null) {
            throw new InvalidPinFormatException("照合番号B needs expiryYear and securityCode");
        }
        if (codeB.secret("birthDate") != null) {
            return VerificationCodeB.of(birthDate(codeB.secret("birthDate")), expiry, code);
        }
        char[] yymmdd = codeB.secret("yymmdd");
        if (yymmdd == null || yymmdd.length != 6 || code.length != 4 || expiry < 1000 || expiry > 9999) {
            throw new InvalidPinFormatException("照合番号B needs birthDate or yymmdd (6 digits)");
        }
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
