package dev.mynumber.card.verify;

import dev.mynumber.card.Sex;
import dev.mynumber.card.textap.BasicAttributes;
import java.time.LocalDate;

/**
 * Values of the four basic attributes (基本4情報), any of them null: the record counter staff hold for a person
 * (e.g. from their own system), or what a card showed. Personal data: never log it; {@link #toString()} is
 * redacted.
 *
 * @param name 氏名
 * @param address 住所
 * @param birthDate 生年月日
 * @param sex 性別
 */
public record AttributeRecord(String name, String address, LocalDate birthDate, Sex sex) {
    /**
     * The values read from a card.
     *
     * @param card the text AP's basic attributes
     * @return all four values
     */
    public static AttributeRecord of(BasicAttributes card) {
        return new AttributeRecord(card.name(), card.address(), card.birthDate(), card.sex());
    }

    /** Always {@code AttributeRecord[redacted]}. */
    @Override
    public String toString() {
        return "AttributeRecord[redacted]";
    }
}
