package dev.mynumber.card.visualap;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;

/**
 * The card profile of the visual AP (券面事項確認AP): AID, EF ids, tags and key references (spec §2.3, §5.4).
 */
public final class VisualApConstants {
    /** DF name {@code D3921000310001010402} [MY-rs-visual], [MC-ap]. */
    public static final Aid AID = Aid.fromHex("D3921000310001010402");
    /** Card face ({@code FF20}): 照合番号A or B. */
    public static final FileId CARD_FACE = FileId.of(0x0002);
    /** This AP's CV certificate ({@code 7F21}): free. */
    public static final FileId CERTIFICATE = FileId.of(0x0004);
    /** 生年月日 key (era YYMMDD); the limit (10) is UNCONFIRMED, used only when a query answers {@code 9000}. */
    public static final KeyRef BIRTH_DATE = new KeyRef(PinKind.VISUAL_BIRTH_DATE, FileId.of(0x0011), 10);
    /** 照合番号B; the limit (10) is UNCONFIRMED (spec §10, [SKILL]). */
    public static final KeyRef CODE_B = new KeyRef(PinKind.VISUAL_CODE_B, FileId.of(0x0012), 10);
    /** 照合番号A; the limit (10) is UNCONFIRMED (spec §10). */
    public static final KeyRef CODE_A = new KeyRef(PinKind.VISUAL_CODE_A, FileId.of(0x0013), 10);

    /** Outer tag of {@link #CARD_FACE}. */
    public static final int TAG_CARD_FACE = 0xFF20;
    /** 生年月日 {@code YYYYMMDD}. */
    public static final int TAG_BIRTH_DATE = 0xDF22;
    /** 性別, one digit. */
    public static final int TAG_SEX = 0xDF23;
    /** Card public key {@code 90 03 <e> 91 82 01 00 <n>}. */
    public static final int TAG_CARD_KEY = 0xDF24;
    /** 氏名 image, PNG. */
    public static final int TAG_NAME_IMAGE = 0xDF25;
    /** 住所 image, PNG. */
    public static final int TAG_ADDRESS_IMAGE = 0xDF26;
    /** 顔写真, JPEG 2000. */
    public static final int TAG_PHOTO = 0xDF27;
    /** Issuer signature over DF22-DF27. */
    public static final int TAG_SIGNATURE = 0xDF28;
    /** 有効期限 {@code YYYYMMDD} (not covered by the signature). */
    public static final int TAG_EXPIRY = 0xDF29;
    /** Security-code image, PNG (not covered by the signature). */
    public static final int TAG_SECURITY_CODE_IMAGE = 0xDF2A;

    private VisualApConstants() {
    }
}
