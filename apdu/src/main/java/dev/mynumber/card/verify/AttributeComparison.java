package dev.mynumber.card.verify;

import dev.mynumber.card.textap.BasicAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compares the card's basic attributes (基本4情報) with a held record field by field, for 照合 at the counter;
 * the agent serves it as {@code POST /api/v1/compare} for the counter page.
 *
 * <p>Normalisation is NFKC (full-width digits and letters to ASCII, U+3000 to a space), then every space is
 * removed and dash-like characters become {@code -} (in an address, also {@code ー} between digits, as in
 * {@code 1ー2ー3}). In an address, the block-number words after a number are written as hyphens, as people
 * write them: {@code 1丁目2番3号}, {@code 1丁目2番地3}, {@code 1丁目2番地の3} and {@code 一丁目2-3} all read
 * {@code 1-2-3}. A difference that only these explain is EQUIVALENT, never SAME. It does not reconcile old and
 * new kanji forms (異体字), or the card's substitute characters (代替文字): those come out DIFFERENT for the
 * staff to judge.
 */
public final class AttributeComparison {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212\\uFF0D]");
    private static final Pattern CHOON_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\u30FC\\uFF70](?=\\d)");
    /** 丁目, 番地(の), 番 between numbers: a hyphen, as in 1丁目2番3号 = 1-2-3. */
    private static final Pattern BLOCK_WORD_BETWEEN = Pattern.compile("(?<=\\d)(?:丁目|番地の?|番|号の?)(?=\\d)");
    /** 丁目, 番地, 番, 号 after a number and not followed by one: nothing (1丁目2番3号 ends in 3). */
    private static final Pattern BLOCK_WORD_END = Pattern.compile("(?<=\\d)(?:丁目|番地|番|号)(?!\\d)");
    /** A kanji numeral before 丁目 (一丁目 .. 九十九丁目), as addresses are often written. */
    private static final Pattern KANJI_CHOME = Pattern.compile("([一二三四五六七八九十]+)(?=丁目)");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    private AttributeComparison() {
    }

    /**
     * Compares the card's attributes with the staff's record.
     *
     * @param card the attributes read from the card
     * @param held the staff's record
     * @return one result per field, in the order name, address, birthDate, sex
     */
    public static List<FieldMatch> compare(BasicAttributes card, AttributeRecord held) {
        return compare(AttributeRecord.of(Objects.requireNonNull(card, "card")), held);
    }

    /**
     * Compares what a card showed with the staff's record; a field missing from either side is NOT_COMPARED.
     *
     * @param card the values the card showed
     * @param held the staff's record
     * @return one result per field, in the order name, address, birthDate, sex
     */
    public static List<FieldMatch> compare(AttributeRecord card, AttributeRecord held) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(held, "held");
        return List.of(new FieldMatch("name", text(card.name(), held.name(), false)),
                new FieldMatch("address", text(card.address(), held.address(), true)),
                new FieldMatch("birthDate", exact(card.birthDate(), held.birthDate())),
                new FieldMatch("sex", exact(card.sex(), held.sex())));
    }

    private static FieldMatch.Result exact(Object onCard, Object held) {
        if (onCard == null || held == null) {
            return FieldMatch.Result.NOT_COMPARED;
        }
        return onCard.equals(held) ? FieldMatch.Result.SAME : FieldMatch.Result.DIFFERENT;
    }

    static FieldMatch.Result text(String onCard, String held, boolean address) {
        if (onCard == null || held == null || held.isBlank()) {
            return FieldMatch.Result.NOT_COMPARED;
        }
        if (onCard.equals(held)) {
            return FieldMatch.Result.SAME;
        }
        return normalise(onCard, address).equals(normalise(held, address)) ? FieldMatch.Result.EQUIVALENT
                : FieldMatch.Result.DIFFERENT;
    }

    static String normalise(String s, boolean address) {
        String n = SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        n = DASHES.matcher(n).replaceAll("-");
        return address ? blockNumbers(CHOON_BETWEEN_DIGITS.matcher(n).replaceAll("-")) : n;
    }

    /** 一丁目2番地の3号 -> 1-2-3: the block-number words after numbers as hyphens. */
    static String blockNumbers(String address) {
        String n = KANJI_CHOME.matcher(address).replaceAll(m -> String.valueOf(kanjiNumber(m.group(1))));
        n = BLOCK_WORD_BETWEEN.matcher(n).replaceAll("-");
        return BLOCK_WORD_END.matcher(n).replaceAll("");
    }

    /** 一 .. 九十九 as a number (十 alone is 10, 二十三 is 23). */
    private static int kanjiNumber(String kanji) {
        int ten = kanji.indexOf('十');
        if (ten < 0) {
            return KANJI_DIGITS.indexOf(kanji.charAt(kanji.length() - 1));
        }
        int tens = ten == 0 ? 1 : KANJI_DIGITS.indexOf(kanji.charAt(0));
        int ones = ten == kanji.length() - 1 ? 0 : KANJI_DIGITS.indexOf(kanji.charAt(kanji.length() - 1));
        return tens * 10 + ones;
    }
}
