package dev.mynumber.agent.cardinfo;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mynumber.agent.image.CardImagesView;
import dev.mynumber.agent.verification.Verification;
import dev.mynumber.card.Sex;

/**
 * What a card-information read returns: the four basic attributes (基本4情報), the My Number, the card face
 * and an honest account of what was verified.
 *
 * <p>Personal data: only in the response, never logged ({@link #toString()} is redacted).
 *
 * @param unlockedBy the credential that opened the card
 * @param name 氏名 (family and given name separated by U+3000), from the text AP
 * @param address 住所, from the text AP
 * @param birthDate 生年月日, ISO-8601 ({@code 1990-04-01})
 * @param birthDateJapanese 生年月日 in the Japanese era ({@code 平成2年4月1日})
 * @param sex 性別
 * @param expiry 有効期限 of the card, ISO-8601, from the visual AP
 * @param myNumber the My Number, masked unless asked for, or unavailable
 * @param images the card-face images, PNG
 * @param verification what was checked (nothing yet) and why
 * @param evidence the signed data for the later checks; not serialised
 * @param validity whether the card is still valid (EXPIRED with its expiry), apart from the verification
 */
public record CardInfoView(UnlockedBy unlockedBy, String name, String address, String birthDate,
        String birthDateJapanese, Sex sex, String expiry, MyNumberView myNumber, CardImagesView images,
        Verification verification, @JsonIgnore CardInfoEvidence evidence, CardValidity validity) {
    /** Redacted: the record is personal data. */
    @Override
    public String toString() {
        return "CardInfoView[unlockedBy=" + unlockedBy + ", redacted]";
    }
}
