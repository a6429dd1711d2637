package dev.mynumber.card.commonap;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;

/**
 * The card profile of the 共通カードAP (本人確認業務用領域): AID, card-info record and PIN (spec §2.4).
 */
public final class CommonApConstants {
    /** DF name {@code D3921000310001010100} [MC-common], [TRET-cmd]. */
    public static final Aid AID = Aid.fromHex("D3921000310001010100");
    /** Record EF holding serial, municipality code and expiry (short id 1) [MC-common], [MY-rs-unknown]. */
    public static final FileId CARD_INFO = FileId.of(0x0001);
    /** Record number of the card info. */
    public static final int CARD_INFO_RECORD = 1;
    /** Simple-TLV tag of the card info. */
    public static final int TAG_CARD_INFO = 0x01;
    /** Digits of the card info: serial 15 + municipality 5 + expiry 8. */
    public static final int CARD_INFO_LENGTH = 28;
    /** 個人番号カード用暗証番号: 4 digits, 3 tries [TRET-rf], [NARA]. */
    public static final KeyRef PIN = new KeyRef(PinKind.COMMON_PIN, FileId.of(0x001C), 3);

    private CommonApConstants() {
    }
}
