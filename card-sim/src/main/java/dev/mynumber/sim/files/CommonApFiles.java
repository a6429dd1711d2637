package dev.mynumber.sim.files;

import java.nio.charset.StandardCharsets;

/**
 * Builder of the 共通カードAP card-information record (EF {@code 0001}, record 1; spec §2.4).
 */
public final class CommonApFiles {
    private static final int RECORD_TAG = 0x01;

    private CommonApFiles() {
    }

    /**
     * Record 1: simple-TLV {@code 01 1C} + 28 ASCII digits: card serial (15), municipality code (5),
     * expiry {@code YYYYMMDD} [MC-common].
     *
     * @throws IllegalArgumentException if a part has the wrong length or is not digits
     */
    public static byte[] cardInfo(String serial15, String municipality5, String expiryYyyymmdd) {
        String digits = serial15 + municipality5 + expiryYyyymmdd;
        if (serial15.length() != 15 || municipality5.length() != 5 || expiryYyyymmdd.length() != 8
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("card info needs 15 + 5 + 8 ASCII digits");
        }
        return Tlv.of(RECORD_TAG, digits.getBytes(StandardCharsets.US_ASCII));
    }
}
