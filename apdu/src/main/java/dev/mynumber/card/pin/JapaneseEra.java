package dev.mynumber.card.pin;

import java.time.LocalDate;

/**
 * The Japanese eras (元号) from 明治 to 令和, used to write a birth date as era YYMMDD for 照合番号B (spec §4).
 *
 * <p>Boundaries are the first day of each era. 明治 was proclaimed on 1868-10-23 but applied to the whole of
 * 1868 (明治元年 = 1868), so 1868-01-01 to 1868-10-22 are 明治1 too; dates before 1868 have no era year here
 * and are refused by {@link #yearOf(LocalDate)}.
 */
public enum JapaneseEra {
    /** 明治. */
    MEIJI(LocalDate.of(1868, 10, 23)),
    /** 大正. */
    TAISHO(LocalDate.of(1912, 7, 30)),
    /** 昭和. */
    SHOWA(LocalDate.of(1926, 12, 25)),
    /** 平成. */
    HEISEI(LocalDate.of(1989, 1, 8)),
    /** 令和. */
    REIWA(LocalDate.of(2019, 5, 1));

    private final LocalDate firstDay;

    JapaneseEra(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    /** The first day of the era (for 明治, the proclamation date; see the class comment). */
    public LocalDate firstDay() {
        return firstDay;
    }

    /**
     * The era a date falls in; dates before 1868-10-23 give {@link #MEIJI}.
     *
     * @param date a Gregorian date
     * @return its era
     */
    public static JapaneseEra of(LocalDate date) {
        JapaneseEra[] eras = values();
        for (int i = eras.length - 1; i > 0; i--) {
            if (!date.isBefore(eras[i].firstDay)) {
                return eras[i];
            }
        }
        return MEIJI;
    }

    /**
     * The year of the era (1 = 元年) of a date.
     *
     * @param date a Gregorian date from 1868-01-01
     * @return the era year, 1 or more
     * @throws IllegalArgumentException if the date is before 1868
     */
    public static int yearOf(LocalDate date) {
        int year = date.getYear() - of(date).firstDay.getYear() + 1;
        if (year < 1) {
            throw new IllegalArgumentException("date before 明治元年");
        }
        return year;
    }
}
