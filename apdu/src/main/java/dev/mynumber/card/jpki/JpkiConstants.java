package dev.mynumber.card.jpki;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;

/**
 * The card profile of the JPKI AP (公的個人認証AP): AID, EF ids, key references and limits (spec §2.1, §4, §5.1).
 */
public final class JpkiConstants {
    /** DF name {@code D392F000260100000001} [OSC-h], [TEX2E]. */
    public static final Aid AID = Aid.fromHex("D392F000260100000001");
    /** 署名用証明書: readable only after the signing password. */
    public static final FileId SIGN_CERT = FileId.of(0x0001);
    /** 署名用CA証明書: free. */
    public static final FileId SIGN_CA_CERT = FileId.of(0x0002);
    /** Token info ({@code CK_TOKEN_INFO}, 160 bytes, label first): free. */
    public static final FileId TOKEN_INFO = FileId.of(0x0006);
    /** Certificate flags: 3 bytes, {@code 8F 8F 00} with both certificates; free [MC-jpki]. */
    public static final FileId CERT_FLAGS = FileId.of(0x0008);
    /** Bytes of {@link #CERT_FLAGS}. */
    public static final int CERT_FLAGS_LENGTH = 3;
    /** The flag byte of a certificate that is present. */
    public static final byte CERT_PRESENT = (byte) 0x8F;
    /** 利用者証明用証明書: free on the plastic card. */
    public static final FileId AUTH_CERT = FileId.of(0x000A);
    /** 利用者証明用CA証明書: free. */
    public static final FileId AUTH_CA_CERT = FileId.of(0x000B);
    /** 利用者証明用秘密鍵 (short id {@code 17}, signing P2 {@code 97}). */
    public static final FileId AUTH_KEY = FileId.of(0x0017);
    /** 署名用秘密鍵 (short id {@code 1A}, signing P2 {@code 9A}). */
    public static final FileId SIGN_KEY = FileId.of(0x001A);
    /** 利用者証明用暗証番号: 4 digits, 3 tries [OSC-h]. */
    public static final KeyRef AUTH_PIN = new KeyRef(PinKind.AUTH_PIN, FileId.of(0x0018), 3);
    /** 署名用パスワード: 6-16 chars, 5 tries [OSC-h]. */
    public static final KeyRef SIGN_PASSWORD = new KeyRef(PinKind.SIGN_PASSWORD, FileId.of(0x001B), 5);
    /** Bytes of the PKCS#11 token label at the start of {@link #TOKEN_INFO}. */
    public static final int TOKEN_LABEL_LENGTH = 32;
    /** Longest DigestInfo the card pads for RSA-2048 (k − 11, spec §3.2). */
    public static final int MAX_SIGN_INPUT = 245;
    /** Label of a My Number card. */
    public static final String LABEL_MY_NUMBER_CARD = "JPKIAPICCTOKEN2";
    /** Label of a 住基カード. */
    public static final String LABEL_JUKI_CARD = "JPKIAPICCTOKEN";
    /** Label of the Android smartphone token. */
    public static final String LABEL_ANDROID = "JPKIAPGPSETOKEN";
    /** Label of the iPhone token. */
    public static final String LABEL_IPHONE = "JPKIAPIOSTOKEN";

    private JpkiConstants() {
    }
}
