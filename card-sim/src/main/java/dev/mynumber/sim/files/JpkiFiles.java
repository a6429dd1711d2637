package dev.mynumber.sim.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builders of the 公的個人認証AP (JPKI AP) data files other than certificates: token info {@code 0006} and
 * the certificate flags {@code 0008} (spec §2.1, §5.1).
 */
public final class JpkiFiles {
    /** Token label of the plastic My Number card [MY-go-api], [MC-jpki]. */
    public static final String CARD_LABEL = "JPKIAPICCTOKEN2";
    /** Size of the serialised {@code CK_TOKEN_INFO}. */
    public static final int TOKEN_INFO_SIZE = 160;
    /** PKCS#11 flags: CKF_RNG | CKF_LOGIN_REQUIRED | CKF_USER_PIN_INITIALIZED | CKF_TOKEN_INITIALIZED. */
    private static final int TOKEN_FLAGS = 0x0000040D;
    /** Flag byte of a certificate that is present; {@code 8F 8F 00} on a card with both [MC-jpki]. */
    private static final byte CERT_PRESENT = (byte) 0x8F;
    private static final int MAX_PIN = 16;
    private static final int MIN_PIN = 4;
    private static final int MEMORY_FIELDS = 4;

    private JpkiFiles() {
    }

    /**
     * EF {@code 0006}: a 160-byte {@code CK_TOKEN_INFO} with big-endian 32-bit {@code CK_ULONG}s: label,
     * manufacturer, model, serial (space padded), flags, four session counts (0), max/min PIN length, four
     * memory fields ({@code FFFFFFFF}), hardware/firmware version as ASCII {@code "03"}/{@code "01"}, utcTime.
     */
    public static byte[] tokenInfo(String serialNumber) {
        ByteBuffer b = ByteBuffer.allocate(TOKEN_INFO_SIZE);
        b.put(padded(CARD_LABEL, 32)).put(padded("JPKI TEST SIMULATOR", 32)).put(padded("MYNUMBER SIM", 16))
                .put(padded(serialNumber, 16));
        b.putInt(TOKEN_FLAGS).putInt(0).putInt(0).putInt(0).putInt(0).putInt(MAX_PIN).putInt(MIN_PIN);
        for (int i = 0; i < MEMORY_FIELDS; i++) {
            b.putInt(0xFFFFFFFF);
        }
        b.put(ascii("03")).put(ascii("01")).put(padded("", 16));
        return b.array();
    }

    /**
     * EF {@code 0008}: three bytes, {@code 8F 8F 00} with both certificates. A card without a signing
     * certificate (a child's) differs in byte 0 [MC-jpki]; the simulator writes {@code 00} there (the real
     * value is not published).
     */
    public static byte[] certFlags(boolean hasSigningCertificate) {
        return new byte[] {hasSigningCertificate ? CERT_PRESENT : 0x00, CERT_PRESENT, 0x00};
    }

    private static byte[] padded(String s, int size) {
        byte[] out = new byte[size];
        Arrays.fill(out, (byte) ' ');
        byte[] raw = ascii(s);
        System.arraycopy(raw, 0, out, 0, Math.min(size, raw.length));
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
