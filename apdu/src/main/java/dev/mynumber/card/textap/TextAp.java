package dev.mynumber.card.textap;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.CardSigner;
import dev.mynumber.card.session.EfReader;
import dev.mynumber.card.session.PinGate;

/**
 * A session with the text AP (券面事項入力補助AP), opened by selecting it: My Number, the four basic attributes,
 * their integrity record and this AP's certificate.
 *
 * <p>Unlocks (spec §2.2): the PIN opens everything; 照合番号A opens the number and the integrity record;
 * 照合番号B opens the attributes and the integrity record. Each read is one READ BINARY with extended length.
 */
public final class TextAp {
    private final EfReader reader;
    private final PinGate gate;
    private final CardSigner signer;

    private TextAp(ApduSession channel) {
        this.reader = new EfReader(channel);
        this.gate = new PinGate(channel);
        this.signer = new CardSigner(channel);
    }

    /**
     * Selects the text AP ({@code 00 A4 04 0C 0A D3921000310001010408}) and returns its session.
     *
     * @param channel the card session
     * @return the application session
     */
    public static TextAp open(ApduSession channel) throws ApduException {
        channel.selectApplication(TextApConstants.AID);
        return new TextAp(channel);
    }

    /** The 券面事項入力補助用暗証番号 counter ({@code 0011}), no try spent. */
    public PinStatus pinStatus() throws ApduException {
        return gate.query(TextApConstants.PIN);
    }

    /** The 照合番号A counter ({@code 0014}), no try spent. */
    public PinStatus codeAStatus() throws ApduException {
        return gate.query(TextApConstants.CODE_A);
    }

    /** The 照合番号B counter ({@code 0015}), no try spent. */
    public PinStatus codeBStatus() throws ApduException {
        return gate.query(TextApConstants.CODE_B);
    }

    /** Verifies the 4-digit PIN ({@code 00 20 00 91}); opens every file. */
    public void verify(Pin4 pin, LastTry lastTry) throws ApduException {
        gate.verify(TextApConstants.PIN, pin, lastTry);
    }

    /** Verifies 照合番号A ({@code 00 20 00 94}); opens the My Number and the integrity record. */
    public void verify(VerificationCodeA code, LastTry lastTry) throws ApduException {
        gate.verify(TextApConstants.CODE_A, code, lastTry);
    }

    /** Verifies 照合番号B ({@code 00 20 00 95}); opens the attributes and the integrity record. */
    public void verify(VerificationCodeB code, LastTry lastTry) throws ApduException {
        gate.verify(TextApConstants.CODE_B, code, lastTry);
    }

    /** Changes the 4-digit PIN: VERIFY, then {@code 00 24 01 91 04 <new>} (UNCONFIRMED on a real card). */
    public void changePin(Pin4 current, Pin4 replacement, LastTry lastTry) throws ApduException {
        gate.change(TextApConstants.PIN, current, replacement, lastTry, false);
    }

    /** Reads and checks the My Number (EF {@code 0001}). */
    public MyNumber readMyNumber() throws ApduException {
        return MyNumber.parse(reader.readTlvFile(TextApConstants.MY_NUMBER, "text AP 0001"));
    }

    /** Reads the four basic attributes (EF {@code 0002}) through the offset table. */
    public BasicAttributes readAttributes() throws ApduException {
        return BasicAttributes.parse(reader.readTlvFile(TextApConstants.ATTRIBUTES, "text AP 0002"));
    }

    /** Reads the integrity record (EF {@code 0003}). */
    public IntegrityRecord readIntegrityRecord() throws ApduException {
        return IntegrityRecord.parse(reader.readTlvFile(TextApConstants.INTEGRITY, "text AP 0003"));
    }

    /** Reads this AP's CV certificate (EF {@code 0004}, free). */
    public CvCertificate readCertificate() throws ApduException {
        return CvCertificate.parse(reader.readTlvFile(TextApConstants.CERTIFICATE, "text AP 0004"), "text AP 0004");
    }

    /** Reads this AP's own public key (EF {@code 0007}, PIN or either 照合番号), which verifies {@link #signChallenge}. */
    public ApKey readApKey() throws ApduException {
        return ApKey.parse(reader.readTlvFile(TextApConstants.AP_KEY, "text AP 0007"));
    }

    /**
     * Signs a SHA-256 digest with this AP's own key ({@code 80 2A 00 00}, key {@code 0013}, no credential),
     * proving the chip is present; its public half is {@code DF51} in EF {@code 0007} [MC-text].
     *
     * @param sha256Digest 32 bytes, typically SHA-256 of a fresh challenge
     * @return the 256-byte signature
     */
    public byte[] signChallenge(byte[] sha256Digest) throws ApduException {
        return signer.signWithApplicationKey(DigestAlgorithm.SHA256.digestInfo(sha256Digest));
    }
}
