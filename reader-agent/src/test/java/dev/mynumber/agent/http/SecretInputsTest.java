package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.card.InvalidPinFormatException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 照合番号B dates that cannot be on a card are format errors, judged against an injected "today". */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SecretInputsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static void codeB(String json) throws InvalidPinFormatException {
        try (SecretBody body = SecretBody.parse(json.getBytes(StandardCharsets.UTF_8))) {
            SecretInputs.codeB(body, TODAY).close();
        }
    }

    @Test
    void birthDateMayBeTodayButNotTomorrow() {
        assertDoesNotThrow(() -> codeB("{\"birthDate\":\"2026-12-03\",\"expiryYear\":2031,\"securityCode\":\"1234\"}"));
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"birthDate\":\"2026-12-04\",\"expiryYear\":2031,\"securityCode\":\"1234\"}"));
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"era\":\"REIWA\",\"yymmdd\":\"081204\",\"expiryYear\":2031,\"securityCode\":\"1234\"}"));
        assertDoesNotThrow(
                () -> codeB("{\"era\":\"reiwa\",\"yymmdd\":\"081203\",\"expiryYear\":2031,\"securityCode\":\"1234\"}"));
    }

    @Test
    void expiryYearAtMostTenYearsAheadAndNotBeforeBirth() {
        assertDoesNotThrow(() -> codeB("{\"birthDate\":\"1985-04-12\",\"expiryYear\":2036,\"securityCode\":\"1234\"}"));
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"birthDate\":\"1985-04-12\",\"expiryYear\":2037,\"securityCode\":\"1234\"}"));
        assertThrows(InvalidPinFormatException.class, () -> codeB("{\"digits\":\"60041220375678\"}"));
        assertDoesNotThrow(() -> codeB("{\"digits\":\"60041220365678\"}"));
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"birthDate\":\"2024-01-10\",\"expiryYear\":2023,\"securityCode\":\"1234\"}"));
    }

    @Test
    void daysThatNoMonthHasAreRefusedInEveryForm() {
        assertThrows(InvalidPinFormatException.class, () -> codeB("{\"digits\":\"60023120305678\"}"));
        assertThrows(InvalidPinFormatException.class, () -> codeB("{\"digits\":\"60113120305678\"}"));
        assertDoesNotThrow(() -> codeB("{\"digits\":\"63022920305678\"}"), "29 February exists in some era's year");
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"yymmdd\":\"600230\",\"expiryYear\":2030,\"securityCode\":\"1234\"}"));
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"era\":\"heisei\",\"yymmdd\":\"030229\",\"expiryYear\":2030,\"securityCode\":\"1234\"}"),
                "平成3年 = 1991 has no 29 February");
        assertThrows(InvalidPinFormatException.class,
                () -> codeB("{\"era\":\"taika\",\"yymmdd\":\"030201\",\"expiryYear\":2030,\"securityCode\":\"1234\"}"));
    }
}
