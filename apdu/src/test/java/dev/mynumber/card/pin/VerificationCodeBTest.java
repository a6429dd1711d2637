package dev.mynumber.card.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.card.InvalidPinFormatException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeBTest {
    private static byte[] code(String birth, int expiry, String security) throws Exception {
        try (VerificationCodeB b = VerificationCodeB.of(LocalDate.parse(birth), expiry, security.toCharArray())) {
            return b.verifyData();
        }
    }

    @Test
    void nfcpyExampleReiwa2() throws Exception {
        // [NFCPY-B]: 令和2年2月24日 -> 020224
        assertArrayEquals("02022420301234".getBytes(StandardCharsets.US_ASCII), code("2020-02-24", 2030, "1234"));
    }

    @ParameterizedTest
    @CsvSource({
        "1985-04-01, 600401", // 昭和60
        "1926-12-25, 011225", // 昭和元年 first day
        "1926-12-24, 151224", // 大正15 last day
        "1989-01-07, 640107", // 昭和64 last day
        "1989-01-08, 010108", // 平成元年
        "2019-04-30, 310430", // 平成31 last day
        "2019-05-01, 010501", // 令和元年
        "1912-07-29, 450729", // 明治45 last day
        "1912-07-30, 010730", // 大正元年
        "1868-10-23, 011023", // 明治元年 proclamation
        "1868-10-22, 011022", // before the proclamation: still 明治1 (retroactive)
    })
    void eraYearMonthDay(String birth, String yymmdd) throws Exception {
        byte[] out = code(birth, 2034, "0000");
        assertArrayEquals((yymmdd + "20340000").getBytes(StandardCharsets.US_ASCII), out);
    }

    @Test
    void refusesBadParts() {
        LocalDate d = LocalDate.of(1990, 1, 1);
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.of(d, 2030, "123".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.of(d, 2030, "12a4".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.of(d, 999, "1234".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.of(d, 2100, "1234".toCharArray()));
        assertThrows(InvalidPinFormatException.class,
                () -> VerificationCodeB.of(LocalDate.of(1867, 12, 31), 2030, "1234".toCharArray()));
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.of(null, 2030, "1234".toCharArray()));
    }

    @Test
    void ofDigitsAcceptsTypedCode() throws Exception {
        try (VerificationCodeB b = VerificationCodeB.ofDigits("02022420301234".toCharArray())) {
            assertArrayEquals("02022420301234".getBytes(StandardCharsets.US_ASCII), b.verifyData());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0202242030123", "020224203012345", "02132420301234", "02020020301234",
        "02023220301234", "02022419991234", "0202242030123a"})
    void ofDigitsRefusesWrongFormat(String typed) {
        assertThrows(InvalidPinFormatException.class, () -> VerificationCodeB.ofDigits(typed.toCharArray()));
    }
}
