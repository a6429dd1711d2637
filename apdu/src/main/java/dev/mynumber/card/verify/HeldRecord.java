package dev.mynumber.card.verify;

import java.time.LocalDate;

/**
 * The record counter staff hold for a person (e.g. from their own system), to compare with the card; any field
 * may be null (not compared). Personal data: never log it; {@link #toString()} is redacted.
 *
 * @param name 氏名 as held
 * @param address 住所 as held
 * @param birthDate 生年月日 as held
 */
public record HeldRecord(String name, String address, LocalDate birthDate) {
    /** Always {@code HeldRecord[redacted]}. */
    @Override
    public String toString() {
        return "HeldRecord[redacted]";
    }
}
