package dev.mynumber.agent.cardinfo;

import dev.mynumber.card.pin.JapaneseEra;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a date in the Japanese era (和暦) as on the card face: {@code 平成2年4月1日}, year 1 as {@code 元年}.
 *
 * <p>Uses the same era boundaries as 照合番号B ({@link JapaneseEra}), so the two never disagree.
 */
public final class JapaneseDates {
    private static final Map<JapaneseEra, String> NAMES = new EnumMap<>(Map.of(
            JapaneseEra.MEIJI, "明治", JapaneseEra.TAISHO, "大正", JapaneseEra.SHOWA, "昭和",
            JapaneseEra.HEISEI, "平成", JapaneseEra.REIWA, "令和"));

    private JapaneseDates() {
    }

    /**
     * Formats a date in its era.
     *
     * @param date a date from 1868
     * @return e.g. {@code 令和元年5月1日}; the ISO form for dates before 1868
     */
    public static String format(LocalDate date) {
        if (date.getYear() < 1868) {
            return date.toString();
        }
        int year = JapaneseEra.yearOf(date);
        String yearText = year == 1 ? "元" : Integer.toString(year);
        return NAMES.get(JapaneseEra.of(date)) + yearText + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }
}
