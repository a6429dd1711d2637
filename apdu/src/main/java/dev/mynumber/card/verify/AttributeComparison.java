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
 * {@code 1ー2ー3}). It does not reconcile 丁目/番地 spellings, old and new kanji forms (異体字), or the card's
 * substitute characters (代替文字): those come out DIFFERENT for the staff to judge.
 */
public final class AttributeComparison {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212\\uFF0D]");
    private static final Pattern CHOON_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)[\\u30FC\\uFF70](?=\\d)");

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
        return address ? CHOON_BETWEEN_DIGITS.matcher(n).replaceAll("-") : n;
    }
}
