package dev.mynumber.card.jukiap;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;

/**
 * The card profile of the 住基AP (住民基本台帳 application): AID and PIN (spec §2.4).
 */
public final class JukiApConstants {
    /** DF name {@code D3921000310001010401} [MC-juki]. */
    public static final Aid AID = Aid.fromHex("D3921000310001010401");
    /** 住民基本台帳用暗証番号: 4 digits, 3 tries [MC-juki], [NARA]. */
    public static final KeyRef PIN = new KeyRef(PinKind.JUKI_PIN, FileId.of(0x001C), 3);

    private JukiApConstants() {
    }
}
