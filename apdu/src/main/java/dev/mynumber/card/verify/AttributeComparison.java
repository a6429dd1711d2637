package dev.mynumber.card.verify;

import dev.mynumber.card.textap.BasicAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compares the card's basic attributes (基本4情報) with a held record field by field, for 照合 at the counter.
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
     * Compares name, address and birth date.
     *
     * @param card the attributes read from the card
     * @param held the staff's record
     * @return one result per field, in the order name, address, birthDate
     */
    public static List<FieldMatch> compare(BasicAttributes card, HeldRecord held) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(held, "held");
        return List.of(new FieldMatch("name", text(card.name(), held.name(), false)),
                new FieldMatch("address", text(card.address(), held.address(), true)),
                new FieldMatch("birthDate", held.birthDate() == null ? FieldMatch.Result.NOT_COMPARED
                        : card.birthDate().equals(held.birthDate()) ? FieldMatch.Result.SAME
                        : FieldMatch.Result.DIFFERENT));
    }

    static FieldMatch.Result text(String onCard, String held, boolean address) {
        if (held == null) {
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
