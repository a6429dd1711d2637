package dev.mynumber.card.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseEraTest {
    @ParameterizedTest
    @CsvSource({
        "1868-01-01, MEIJI, 1", "1868-10-22, MEIJI, 1", "1868-10-23, MEIJI, 1", "1900-01-01, MEIJI, 33",
        "1912-07-29, MEIJI, 45", "1912-07-30, TAISHO, 1",
        "1926-12-24, TAISHO, 15", "1926-12-25, SHOWA, 1",
        "1989-01-07, SHOWA, 64", "1989-01-08, HEISEI, 1",
        "2019-04-30, HEISEI, 31", "2019-05-01, REIWA, 1", "2026-11-23, REIWA, 8",
    })
    void bothSidesOfEachBoundary(String date, JapaneseEra era, int year) {
        LocalDate d = LocalDate.parse(date);
        assertEquals(era, JapaneseEra.of(d));
        assertEquals(year, JapaneseEra.yearOf(d));
    }

    @Test
    void agreesWithTheJdkChronologyWhereItIsDefined() {
        // JapaneseDate supports dates from 明治6 (1873-01-01); compare a year's worth around each boundary
        for (LocalDate d = LocalDate.of(1873, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(7)) {
            java.time.chrono.JapaneseDate jd = java.time.chrono.JapaneseDate.from(d);
            assertEquals(jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA), JapaneseEra.yearOf(d), d.toString());
        }
    }

    @Test
    void before1868IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JapaneseEra.yearOf(LocalDate.of(1867, 12, 31)));
    }
}
