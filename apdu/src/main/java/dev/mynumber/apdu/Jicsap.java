package dev.mynumber.apdu;

/**
 * Named factories for the proprietary JICSAP commands (CLA {@code 80}) the My Number card answers (spec §3.1):
 * the only place where their bytes appear.
 */
public final class Jicsap {
    private static final int CLA_PROPRIETARY = 0x80;
    private static final int INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    private static final int INS_CHANGE_KEY = 0x32;

    private Jicsap() {
    }

    /**
     * COMPUTE DIGITAL SIGNATURE: {@code 80 2A <P1> <P2> Lc <data> Le} (spec §3.2). P1 {@code 00} pads the data
     * verbatim with PKCS#1 v1.5; P2 {@code 80} names the selected key EF, {@code 80|SFI} a key EF by short id,
     * {@code 00} the text or visual AP's own key.
     *
     * @param p1 the signing scheme
     * @param p2 the key
     * @param data the data to sign, 1 to 255 bytes
     * @param ne the signature length (256 for RSA-2048)
     * @return the command
     */
    public static CommandApdu computeDigitalSignature(int p1, int p2, byte[] data, int ne) {
        if (data.length < 1 || data.length > 255) {
            throw new IllegalArgumentException("data to sign outside 1..255 bytes: " + data.length);
        }
        return new CommandApdu(CLA_PROPRIETARY, INS_COMPUTE_DIGITAL_SIGNATURE, p1, p2, data, ne);
    }

    /**
     * CHANGE KEY: {@code 80 32 00 <P2> Lc <new>}, which replaces the PIN of the 共通 and 住基 APs after a successful
     * VERIFY (spec §2.4; UNCONFIRMED on a real card).
     *
     * @param p2 the key reference ({@code 80} current EF or {@code 80|SFI})
     * @param newData the new PIN bytes, 1 to 255
     * @return the command (its data is a secret)
     */
    public static CommandApdu changeKey(int p2, byte[] newData) {
        if (newData.length < 1 || newData.length > 255) {
            throw new IllegalArgumentException("PIN length outside 1..255: " + newData.length);
        }
        return new CommandApdu(CLA_PROPRIETARY, INS_CHANGE_KEY, 0x00, p2, newData);
    }
}
