package dev.mynumber.agent.http;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as counter staff write it in their record: ISO {@code 1985-04-12}, {@code 1985/4/12},
 * {@code 1985.4.12}, {@code 1985年4月12日}, {@code 19850412}, or in the Japanese era with the era's name, its
 * first kanji or its letter ({@code 昭和60年4月12日}, {@code 昭60.4.12}, {@code S60.4.12}, {@code S60/4/12}; 元年 or
 * 1 for the first year), in full or half width. An era date must lie within its era (S64.1.8 does not exist).
 *
 * @param date the date
 * @param iso whether it was written exactly as ISO {@code YYYY-MM-DD} (anything else compares EQUIVALENT at best)
 */
record HeldDate(LocalDate date, boolean iso) {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[明大昭平令MTSHR])(元|\\d{1,2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Map<String, JapaneseEra> ERAS = Map.ofEntries(Map.entry("明", JapaneseEra.MEIJI),
            Map.entry("M", JapaneseEra.MEIJI), Map.entry("大", JapaneseEra.TAISHO), Map.entry("T", JapaneseEra.TAISHO),
            Map.entry("昭", JapaneseEra.SHOWA), Map.entry("S", JapaneseEra.SHOWA), Map.entry("平", JapaneseEra.HEISEI),
            Map.entry("H", JapaneseEra.HEISEI), Map.entry("令", JapaneseEra.REIWA), Map.entry("R", JapaneseEra.REIWA));

    /**
     * Reads a held birth date.
     *
     * @param typed what the staff typed (not null)
     * @return the date, or empty when it is in no accepted writing or does not exist
     */
    static Optional<HeldDate> parse(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
        try {
            if (ISO.matcher(s).matches()) {
                return Optional.of(new HeldDate(LocalDate.parse(s), typed.equals(s)));
            }
            Matcher m = ERA.matcher(s);
            if (m.matches()) {
                int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                JapaneseDate d = JapaneseDate.of(ERAS.get(m.group(1).substring(0, 1)), year, num(m, 3), num(m, 4));
                return Optional.of(new HeldDate(LocalDate.from(d), false));
            }
            m = WESTERN.matcher(s);
            if (!m.matches()) {
                m = COMPACT.matcher(s);
            }
            return m.matches() ? Optional.of(new HeldDate(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), false))
                    : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // a day that does not exist, or outside its era
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
