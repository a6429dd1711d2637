package dev.mynumber.card.textap;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;

/**
 * The card profile of the text AP (券面事項入力補助AP): AID, EF ids, tags and key references (spec §2.2, §5.3).
 */
public final class TextApConstants {
    /** DF name {@code D3921000310001010408} [TEX2E], [MC-text]. */
    public static final Aid AID = Aid.fromHex("D3921000310001010408");
    /** 個人番号 ({@code FF10}, 17 physical bytes): PIN or 照合番号A. */
    public static final FileId MY_NUMBER = FileId.of(0x0001);
    /** 基本4情報 ({@code FF20}): PIN or 照合番号B. */
    public static final FileId ATTRIBUTES = FileId.of(0x0002);
    /** Integrity record ({@code FF30}): PIN or either 照合番号. */
    public static final FileId INTEGRITY = FileId.of(0x0003);
    /** This AP's CV certificate ({@code 7F21}): free. */
    public static final FileId CERTIFICATE = FileId.of(0x0004);
    /** This AP's own public key and its issuer signature ({@code FF50}): PIN or either 照合番号 [MC-text]. */
    public static final FileId AP_KEY = FileId.of(0x0007);
    /** 券面事項入力補助用暗証番号: 4 digits, 3 tries [NARA]. */
    public static final KeyRef PIN = new KeyRef(PinKind.TEXT_PIN, FileId.of(0x0011), 3);
    /** 照合番号A; the limit (10) is UNCONFIRMED (spec §10), used only when a query answers {@code 9000}. */
    public static final KeyRef CODE_A = new KeyRef(PinKind.TEXT_CODE_A, FileId.of(0x0014), 10);
    /** 照合番号B; the limit (10) is UNCONFIRMED (spec §10, [SKILL]). */
    public static final KeyRef CODE_B = new KeyRef(PinKind.TEXT_CODE_B, FileId.of(0x0015), 10);

    /** Outer tag of {@link #MY_NUMBER}. */
    public static final int TAG_MY_NUMBER = 0xFF10;
    /** Outer tag of {@link #ATTRIBUTES}. */
    public static final int TAG_ATTRIBUTES = 0xFF20;
    /** 氏名, UTF-8. */
    public static final int TAG_NAME = 0xDF22;
    /** 住所, UTF-8. */
    public static final int TAG_ADDRESS = 0xDF23;
    /** 生年月日, {@code YYYYMMDD}. */
    public static final int TAG_BIRTH_DATE = 0xDF24;
    /** 性別, one digit. */
    public static final int TAG_SEX = 0xDF25;
    /** Outer tag of {@link #INTEGRITY}. */
    public static final int TAG_INTEGRITY = 0xFF30;
    /** SHA-256 of the 17 physical bytes of {@link #MY_NUMBER}. */
    public static final int TAG_MY_NUMBER_DIGEST = 0xDF31;
    /** SHA-256 of the attributes from {@code DF22} to the end of {@code DF25}. */
    public static final int TAG_ATTRIBUTES_DIGEST = 0xDF32;
    /** RSA-2048 signature over the {@code DF31} and {@code DF32} TLVs. */
    public static final int TAG_INTEGRITY_SIGNATURE = 0xDF33;
    /** Outer tag of {@link #AP_KEY}. */
    public static final int TAG_AP_KEY = 0xFF50;
    /** Public key of key {@code 0013}: {@code 90 <e> 91 <n>}. */
    public static final int TAG_AP_PUBLIC_KEY = 0xDF51;
    /** Issuer signature over the key. */
    public static final int TAG_AP_KEY_SIGNATURE = 0xDF52;
    /** SHA-256 digest length. */
    public static final int DIGEST_LENGTH = 32;
    /** RSA-2048 signature length. */
    public static final int SIGNATURE_LENGTH = 256;

    private TextApConstants() {
    }
}
