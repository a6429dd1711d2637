package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MyNumbersAndErasTest {

    @Test
    void checkDigitMatchesTheWorkedExample() {
        // spec §8: 62149832025 -> 7 (python-stdnum doctest)
        assertEquals(7, MyNumbers.checkDigit("62149832025"));
        assertTrue(MyNumbers.isValid("621498320257"));
        assertFalse(MyNumbers.isValid("621498320258"));
        assertFalse(MyNumbers.isValid("62149832025"));
        assertFalse(MyNumbers.isValid("62149832025a"));
        assertEquals(0, MyNumbers.checkDigit("00000000000"));
        assertThrows(IllegalArgumentException.class, () -> MyNumbers.checkDigit("1"));
    }

    @Test
    void builtInMyNumbersAreValid() {
        for (Persona p : Personas.builtIn()) {
            assertTrue(MyNumbers.isValid(p.identity().myNumber()), p.id());
        }
    }

    @Test
    void eraBoundaries() {
        assertEquals("010501", JapaneseEra.yymmdd(LocalDate.of(2019, 5, 1)));
        assertEquals("310430", JapaneseEra.yymmdd(LocalDate.of(2019, 4, 30)));
        assertEquals("010108", JapaneseEra.yymmdd(LocalDate.of(1989, 1, 8)));
        assertEquals("640107", JapaneseEra.yymmdd(LocalDate.of(1989, 1, 7)));
        assertEquals("011225", JapaneseEra.yymmdd(LocalDate.of(1926, 12, 25)));
        assertEquals("151224", JapaneseEra.yymmdd(LocalDate.of(1926, 12, 24)));
        assertEquals("010730", JapaneseEra.yymmdd(LocalDate.of(1912, 7, 30)));
        assertEquals("450729", JapaneseEra.yymmdd(LocalDate.of(1912, 7, 29)));
        assertEquals(JapaneseEra.MEIJI, JapaneseEra.of(LocalDate.of(1900, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> JapaneseEra.of(LocalDate.of(1868, 1, 24)));
        assertEquals("319850412", JapaneseEra.jpkiBirthDate(LocalDate.of(1985, 4, 12)));
        assertEquals("520190501", JapaneseEra.jpkiBirthDate(LocalDate.of(2019, 5, 1)));
    }
}
