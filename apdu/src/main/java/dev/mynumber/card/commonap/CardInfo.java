package dev.mynumber.card.commonap;

import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.session.CardText;
import dev.mynumber.card.session.Tlvs;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Record 1 of the 共通カードAP EF {@code 0001}: {@code 01 1C <serial 15><municipality code 5><expiry YYYYMMDD>}.
 *
 * @param serial the 15-digit card serial
 * @param municipalityCode the 5-digit code of the issuing municipality (全国地方公共団体コード without check digit)
 * @param expiry the card's expiry date
 */
public record CardInfo(String serial, String municipalityCode, LocalDate expiry) {
    private static final String WHAT = "common AP 0001 record 1";

    /**
     * Decodes the record.
     *
     * @param record the record bytes
     * @return the card info
     */
    public static CardInfo parse(byte[] record) throws MalformedCardDataException {
        byte[] digits = Tlvs.parseAt(record, 0, CommonApConstants.TAG_CARD_INFO, WHAT).value();
        if (digits.length != CommonApConstants.CARD_INFO_LENGTH) {
            throw new MalformedCardDataException(WHAT + ": not 28 digits");
        }
        for (byte b : digits) {
            if (b < '0' || b > '9') {
                throw new MalformedCardDataException(WHAT + ": not 28 digits");
            }
        }
        return new CardInfo(new String(digits, 0, 15, StandardCharsets.US_ASCII),
                new String(digits, 15, 5, StandardCharsets.US_ASCII),
                CardText.date(Arrays.copyOfRange(digits, 20, 28), WHAT));
    }
}
