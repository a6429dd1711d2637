package dev.mynumber.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MyNumberCheckDigitTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void specWorkedExampleGivesSeven() {
        // spec §8: 6 2 1 4 9 8 3 2 0 2 5 -> sum 180, 180 mod 11 = 4, 11 - 4 = 7
        assertEquals(7, MyNumberCheckDigit.compute(ascii("62149832025")));
        assertTrue(MyNumberCheckDigit.isValid(ascii("621498320257")));
    }

    @ParameterizedTest
    @CsvSource({
        "00000000000, 0", // sum 0, r 0
        "00000000001, 9", // weight 2 on the last digit: r 2 -> 9
        "10000000000, 5", // weight 6 on the first digit: r 6 -> 5
        "00000000010, 8", // weight 3: r 3 -> 8
        "00000100000, 4", // weight 7 on the sixth digit: r 7 -> 4
        "60000000000, 8", // 36 mod 11 = 3 -> 8
        "99999999999, 6", // 9 * 47 = 423, 423 mod 11 = 5 -> 6
    })
    void handComputedVectors(String first11, int expected) {
        assertEquals(expected, MyNumberCheckDigit.compute(ascii(first11)));
    }

    @Test
    void remainderOneGivesZero() {
        // sum 12 (digit 6 at weight 2): 12 mod 11 = 1 -> check digit 0
        assertEquals(0, MyNumberCheckDigit.compute(ascii("00000000006")));
        // sum 2*5 = 10: r = 10 -> 1
        assertEquals(1, MyNumberCheckDigit.compute(ascii("00000000005")));
    }

    @Test
    void rejectsWrongDigitLengthAndNonDigits() {
        assertFalse(MyNumberCheckDigit.isValid(ascii("621498320258")));
        assertFalse(MyNumberCheckDigit.isValid(ascii("62149832025")));
        assertFalse(MyNumberCheckDigit.isValid(ascii("62149832025A")));
        assertFalse(MyNumberCheckDigit.isValid(ascii("6214983202577")));
    }
}
