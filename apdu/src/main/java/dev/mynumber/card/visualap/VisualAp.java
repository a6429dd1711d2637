package dev.mynumber.card.visualap;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.CardSigner;
import dev.mynumber.card.session.EfReader;
import dev.mynumber.card.session.PinGate;

/**
 * A session with the visual AP (券面事項確認AP), opened by selecting it: the card face and this AP's certificate.
 *
 * <p>照合番号A ({@code 0013}) or 照合番号B ({@code 0012}) opens the card face (spec §2.3). With extended length
 * one READ BINARY per 8190 bytes reads the face; about 30 with 256-byte chunks (the photo is several KB).
 */
public final class VisualAp {
    private final EfReader reader;
    private final PinGate gate;
    private final CardSigner signer;

    private VisualAp(ApduSession channel) {
        this.reader = new EfReader(channel);
        this.gate = new PinGate(channel);
        this.signer = new CardSigner(channel);
    }

    /**
     * Selects the visual AP ({@code 00 A4 04 0C 0A D3921000310001010402}) and returns its session.
     *
     * @param channel the card session
     * @return the application session
     */
    public static VisualAp open(ApduSession channel) throws ApduException {
        channel.selectApplication(VisualApConstants.AID);
        return new VisualAp(channel);
    }

    /** The 照合番号A counter ({@code 0013}), no try spent. */
    public PinStatus codeAStatus() throws ApduException {
        return gate.query(VisualApConstants.CODE_A);
    }

    /** The 照合番号B counter ({@code 0012}), no try spent. */
    public PinStatus codeBStatus() throws ApduException {
        return gate.query(VisualApConstants.CODE_B);
    }

    /** The 生年月日 key counter ({@code 0011}), no try spent. */
    public PinStatus birthDateStatus() throws ApduException {
        return gate.query(VisualApConstants.BIRTH_DATE);
    }

    /** Verifies 照合番号A ({@code 00 20 00 93}); opens the card face. */
    public void verify(VerificationCodeA code, LastTry lastTry) throws ApduException {
        gate.verify(VisualApConstants.CODE_A, code, lastTry);
    }

    /** Verifies 照合番号B ({@code 00 20 00 92}); opens the card face. */
    public void verify(VerificationCodeB code, LastTry lastTry) throws ApduException {
        gate.verify(VisualApConstants.CODE_B, code, lastTry);
    }

    /** Reads the card face (EF {@code 0002}) through its offset table. */
    public CardFace readCardFace() throws ApduException {
        return CardFace.parse(reader.readTlvFile(VisualApConstants.CARD_FACE, "visual AP 0002"));
    }

    /** Reads this AP's CV certificate (EF {@code 0004}, free). */
    public CvCertificate readCertificate() throws ApduException {
        return CvCertificate.parse(reader.readTlvFile(VisualApConstants.CERTIFICATE, "visual AP 0004"),
                "visual AP 0004");
    }

    /**
     * Signs a SHA-256 digest with this AP's own key ({@code 80 2A 00 00}, no credential), proving the chip is
     * present; verify with {@link CardFace#cardKey()} ([MC-readme]).
     *
     * @param sha256Digest 32 bytes, typically SHA-256 of a fresh challenge
     * @return the 256-byte signature
     */
    public byte[] signChallenge(byte[] sha256Digest) throws ApduException {
        return signer.signWithApplicationKey(DigestAlgorithm.SHA256.digestInfo(sha256Digest));
    }
}
