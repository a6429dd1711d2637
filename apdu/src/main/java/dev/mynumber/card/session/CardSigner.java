package dev.mynumber.card.session;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.FileId;
import dev.mynumber.apdu.Jicsap;
import dev.mynumber.card.MalformedCardDataException;

/**
 * The JICSAP COMPUTE DIGITAL SIGNATURE command {@code 80 2A 00 P2 Lc <data> 00} (spec §3.1, §3.2).
 *
 * <p>P1 = {@code 00}: the card applies PKCS#1 v1.5 type-1 padding to the data as given (a DigestInfo).
 * P2 names the key: {@code 80|SFI} for a key EF by short id ({@code 97} = JPKI {@code 0017}, [MC-jpki], [MBE]),
 * {@code 80} for the currently selected key EF, {@code 00} for the application's own key (text/visual AP).
 */
public final class CardSigner {
    /** P1: PKCS#1 v1.5 over the data verbatim. */
    private static final int P1_PKCS1_VERBATIM = 0x00;
    /** P2: the key of the currently selected EF. */
    private static final int P2_CURRENT_KEY = 0x80;
    /** P2: the application's own key (text and visual AP), no key EF named. */
    private static final int P2_APPLICATION_KEY = 0x00;
    /** Le {@code 00}: up to 256 bytes, one RSA-2048 signature. */
    private static final int SIGNATURE_LENGTH = 256;

    private final ApduSession channel;

    /**
     * Creates a signer over a session.
     *
     * @param channel the session, with the key's application selected
     */
    public CardSigner(ApduSession channel) {
        this.channel = channel;
    }

    /**
     * Signs with a key EF: one APDU by short id, or SELECT + {@code 80 2A 00 80} when short ids are off.
     *
     * @param key the private-key EF
     * @param digestInfo DER DigestInfo, at most 245 bytes
     * @return the 256-byte signature
     */
    public byte[] signWithKey(FileId key, byte[] digestInfo) throws ApduException {
        int p2 = P2_CURRENT_KEY;
        if (channel.options().shortFileIds() && key.hasShortId()) {
            p2 |= key.shortId();
        } else {
            channel.selectFile(key);
        }
        return sign(p2, digestInfo);
    }

    /**
     * Signs with the application's own key ({@code 80 2A 00 00}, text and visual AP; no credential needed).
     *
     * @param digestInfo DER DigestInfo
     * @return the 256-byte signature
     */
    public byte[] signWithApplicationKey(byte[] digestInfo) throws ApduException {
        return sign(P2_APPLICATION_KEY, digestInfo);
    }

    private byte[] sign(int p2, byte[] data) throws ApduException {
        CommandApdu command = Jicsap.computeDigitalSignature(P1_PKCS1_VERBATIM, p2, data, SIGNATURE_LENGTH);
        byte[] signature = channel.call(command);
        if (signature.length != SIGNATURE_LENGTH) {
            throw new MalformedCardDataException("signature of " + signature.length + " bytes, expected 256");
        }
        return signature;
    }
}
