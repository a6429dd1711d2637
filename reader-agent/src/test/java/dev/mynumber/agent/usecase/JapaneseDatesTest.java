package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.cardinfo.JapaneseDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Japanese-era dates as printed on the card face. */
class JapaneseDatesTest {
    @Test
    void formatsEraYearMonthDay() {
        assertEquals("平成2年4月1日", JapaneseDates.format(LocalDate.of(1990, 4, 1)));
        assertEquals("令和6年12月31日", JapaneseDates.format(LocalDate.of(2024, 12, 31)));
        assertEquals("昭和45年7月15日", JapaneseDates.format(LocalDate.of(1970, 7, 15)));
    }

    @Test
    void firstYearIsGannenAndBoundariesFollowTheEras() {
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("昭和64年1月7日", JapaneseDates.format(LocalDate.of(1989, 1, 7)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
        assertEquals("大正15年12月24日", JapaneseDates.format(LocalDate.of(1926, 12, 24)));
    }
}
