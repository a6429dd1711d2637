package dev.mynumber.sim.persona;

import java.time.LocalDate;

/**
 * The Japanese eras (元号) from 明治 to 令和, for the era-YYMMDD birth date of 照合番号B and the
 * visual AP's birth-date key, and the era digit of the signing certificate's birth date (spec §4, §5.2).
 */
public enum JapaneseEra {
    /** 明治, from 1868-01-25 (Gregorian date of 明治元年1月1日). */
    MEIJI(1, LocalDate.of(1868, 1, 25)),
    /** 大正, from 1912-07-30. */
    TAISHO(2, LocalDate.of(1912, 7, 30)),
    /** 昭和, from 1926-12-25. */
    SHOWA(3, LocalDate.of(1926, 12, 25)),
    /** 平成, from 1989-01-08. */
    HEISEI(4, LocalDate.of(1989, 1, 8)),
    /** 令和, from 2019-05-01. */
    REIWA(5, LocalDate.of(2019, 5, 1));

    private final int digit;
    private final LocalDate start;

    JapaneseEra(int digit, LocalDate start) {
        this.digit = digit;
        this.start = start;
    }

    /**
     * Returns the era of a date.
     *
     * @throws IllegalArgumentException for a date before 明治
     */
    public static JapaneseEra of(LocalDate date) {
        JapaneseEra[] eras = values();
        for (int i = eras.length - 1; i >= 0; i--) {
            if (!date.isBefore(eras[i].start)) {
                return eras[i];
            }
        }
        throw new IllegalArgumentException("date before the Meiji era");
    }

    /** Returns the era digit used in the JPKI birth date ({@code 1} 明治 ... {@code 5} 令和). */
    public int digit() {
        return digit;
    }

    /** Returns the era year of a date in this era (元年 = 1). */
    public int year(LocalDate date) {
        return date.getYear() - start.getYear() + 1;
    }

    /** Formats a date as era {@code YYMMDD}, e.g. 2019-05-01 -> {@code 010501} (令和元年5月1日). */
    public static String yymmdd(LocalDate date) {
        JapaneseEra era = of(date);
        return String.format("%02d%02d%02d", era.year(date), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Formats a date as the JPKI {@code EYYYYMMDD}: era digit then the Gregorian date. */
    public static String jpkiBirthDate(LocalDate date) {
        return of(date).digit + String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
    }
}
