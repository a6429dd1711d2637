package dev.mynumber.card.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.InvalidPinFormatException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTypesTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void pin4KeepsAsciiDigitsAndRedacts() throws Exception {
        try (Pin4 pin = Pin4.of("0123".toCharArray())) {
            assertArrayEquals(ascii("0123"), pin.verifyData());
            assertEquals("[redacted]", pin.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "12345", "12a4", "１２３４", "12 4"})
    void pin4RefusesWrongFormat(String typed) {
        InvalidPinFormatException e = assertThrows(InvalidPinFormatException.class, () -> Pin4.of(typed.toCharArray()));
        assertEquals(ErrorCode.INVALID_PIN_FORMAT, e.code());
    }

    @Test
    void pin4RefusesNull() {
        assertThrows(InvalidPinFormatException.class, () -> Pin4.of(null));
    }

    @Test
    void closeZeroesAndLaterUseFails() throws Exception {
        Pin4 pin = Pin4.of("9876".toCharArray());
        pin.close();
        assertThrows(InvalidPinFormatException.class, pin::verifyData);
    }

    @Test
    void verifyDataIsACopy() throws Exception {
        try (Pin4 pin = Pin4.of("1111".toCharArray())) {
            byte[] first = pin.verifyData();
            first[0] = 0;
            assertArrayEquals(ascii("1111"), pin.verifyData());
        }
    }

    @Test
    void signingPasswordIsUpperCased() throws Exception {
        try (SigningPassword pw = SigningPassword.of("abc123".toCharArray())) {
            assertArrayEquals(ascii("ABC123"), pw.verifyData());
        }
        try (SigningPassword pw = SigningPassword.of("A1B2C3D4E5F6G7H8".toCharArray())) {
            assertEquals(16, pw.verifyData().length);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC12", "ABCDEFGHIJKLMNO12", "ABCDEF", "123456", "ABC-123", "ABC 123", "ÄBC123", "ＡBC123"})
    void signingPasswordRefusesWrongFormat(String typed) {
        assertThrows(InvalidPinFormatException.class, () -> SigningPassword.of(typed.toCharArray()));
    }

    @Test
    void codeAMustPassCheckDigit() throws Exception {
        try (VerificationCodeA a = VerificationCodeA.of("621498320257".toCharArray())) {
            assertArrayEquals(ascii("621498320257"), a.verifyData());
        }
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeA.of("621498320258".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeA.of("62149832025".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeA.of("62149832025x".toCharArray()));
    }
}
