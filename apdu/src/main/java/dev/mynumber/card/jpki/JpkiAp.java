package dev.mynumber.card.jpki;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.apdu.FileId;
import dev.mynumber.card.CardStatusException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.session.ApduSession;
import dev.mynumber.card.session.CardSigner;
import dev.mynumber.card.session.EfReader;
import dev.mynumber.card.session.PinGate;
import dev.mynumber.card.session.Tlvs;

/**
 * A session with the JPKI AP (公的個人認証AP), opened by selecting it: certificates, PIN counters, signing.
 *
 * <p>APDU counts (extended length, short EF ids; see docs/jpki-ap.md): a certificate 1 READ BINARY; a PIN
 * counter 1 query; signing 2 (VERIFY + {@code 80 2A}), plus 1 query with {@link LastTry#REFUSE} unless the
 * session already knows the counter; the signing certificate followed by a signature sends the password once.
 */
public final class JpkiAp {
    /** DER SEQUENCE, the outer tag of an X.509 certificate. */
    private static final int TAG_SEQUENCE = 0x30;

    private final EfReader reader;
    private final PinGate gate;
    private final CardSigner signer;
    private final ApduSession channel;
    /** {@link ApduSession#selections()} when the signing password was last accepted; -1 if never. */
    private long signPasswordAcceptedAt = -1;

    private JpkiAp(ApduSession channel) {
        this.reader = new EfReader(channel);
        this.gate = new PinGate(channel);
        this.signer = new CardSigner(channel);
        this.channel = channel;
    }

    /**
     * Selects the JPKI AP ({@code 00 A4 04 0C 0A D392F000260100000001}) and returns its session.
     *
     * @param channel the card session
     * @return the application session
     */
    public static JpkiAp open(ApduSession channel) throws ApduException {
        channel.selectApplication(JpkiConstants.AID);
        return new JpkiAp(channel);
    }

    /** Reads the token label (EF {@code 0006}, 32 bytes, one READ BINARY) to tell a card from a phone. */
    public TokenInfo tokenInfo() throws ApduException {
        return TokenInfo.parse(reader.readFixed(JpkiConstants.TOKEN_INFO, JpkiConstants.TOKEN_LABEL_LENGTH,
                "JPKI 0006"));
    }

    /** Reads which certificates the card holds (EF {@code 0008}, 3 bytes, one READ BINARY, no PIN). */
    public CertificatePresence certificatePresence() throws ApduException {
        return CertificatePresence.parse(reader.readFixed(JpkiConstants.CERT_FLAGS,
                JpkiConstants.CERT_FLAGS_LENGTH, "JPKI 0008"));
    }

    /** Reads the 利用者証明用証明書 (EF {@code 000A}, DER), free on the plastic card. */
    public byte[] authCertificate() throws ApduException {
        return certificate(JpkiConstants.AUTH_CERT, "JPKI 000A");
    }

    /** Reads the 利用者証明用CA証明書 (EF {@code 000B}, DER). */
    public byte[] authCaCertificate() throws ApduException {
        return certificate(JpkiConstants.AUTH_CA_CERT, "JPKI 000B");
    }

    /** Reads the 署名用CA証明書 (EF {@code 0002}, DER). */
    public byte[] signCaCertificate() throws ApduException {
        return certificate(JpkiConstants.SIGN_CA_CERT, "JPKI 0002");
    }

    /**
     * Verifies the signing password, then reads the 署名用証明書 (EF {@code 0001}, DER).
     *
     * @throws CardStatusException {@link ErrorCode#UNSUPPORTED_CARD} if the card has no signing certificate
     *     (cards issued to children under 15, known from EF {@code 0008}); {@link ErrorCode#FILE_NOT_FOUND}
     *     if the card answered "not found" although it holds one (a card error: try again)
     */
    public byte[] signCertificate(SigningPassword password, LastTry lastTry) throws ApduException {
        return withSignKey(() -> {
            verifySignPassword(password, lastTry);
            return certificate(JpkiConstants.SIGN_CERT, "JPKI 0001");
        });
    }

    /** Reads the 利用者証明用暗証番号 counter without spending a try. */
    public PinStatus authPinStatus() throws ApduException {
        return gate.query(JpkiConstants.AUTH_PIN);
    }

    /** Reads the 署名用パスワード counter without spending a try. */
    public PinStatus signPasswordStatus() throws ApduException {
        return withSignKey(() -> gate.query(JpkiConstants.SIGN_PASSWORD));
    }

    /**
     * Verifies the auth PIN, then signs a digest with the 利用者証明用秘密鍵 (the card pads, spec §3.2).
     *
     * @param digest the hash of the data, built by the host; checked before any APDU
     * @return the 256-byte RSA signature
     */
    public byte[] signWithAuthKey(Pin4 pin, DigestAlgorithm algorithm, byte[] digest, LastTry lastTry)
            throws ApduException {
        byte[] digestInfo = algorithm.digestInfo(digest);
        gate.verify(JpkiConstants.AUTH_PIN, pin, lastTry);
        return signer.signWithKey(JpkiConstants.AUTH_KEY, digestInfo);
    }

    /**
     * Verifies the signing password, then signs a digest with the 署名用秘密鍵 (the card pads, spec §3.2).
     *
     * <p>Right after {@link #signCertificate} on this session (no application SELECT or signature in between) the
     * card still holds the status that VERIFY granted, so the password is not sent again (issue 17); pass the
     * same password.
     *
     * @param digest the hash of the data, built by the host; checked before any APDU
     * @return the 256-byte RSA signature
     */
    public byte[] signWithSignKey(SigningPassword password, DigestAlgorithm algorithm, byte[] digest,
            LastTry lastTry) throws ApduException {
        byte[] digestInfo = algorithm.digestInfo(digest);
        return withSignKey(() -> {
            if (signPasswordAcceptedAt != channel.selections()) {
                verifySignPassword(password, lastTry);
            }
            signPasswordAcceptedAt = -1; // a signature may consume the security status on some cards
            return signer.signWithKey(JpkiConstants.SIGN_KEY, digestInfo);
        });
    }

    /**
     * VERIFY of the signing password, remembered until the next application SELECT or signature, so that
     * reading the certificate and then signing in one session sends the password once (issue 17).
     */
    private void verifySignPassword(SigningPassword password, LastTry lastTry) throws ApduException {
        signPasswordAcceptedAt = -1;
        gate.verify(JpkiConstants.SIGN_PASSWORD, password, lastTry);
        signPasswordAcceptedAt = channel.selections();
    }

    /**
     * Changes the 利用者証明用暗証番号: VERIFY, then {@code 00 24 01 98 04 <new>} (UNCONFIRMED on a real card).
     */
    public void changeAuthPin(Pin4 current, Pin4 replacement, LastTry lastTry) throws ApduException {
        gate.change(JpkiConstants.AUTH_PIN, current, replacement, lastTry, false);
    }

    /**
     * Changes the 署名用パスワード: VERIFY, then {@code 00 24 01 9B Lc <new>} (UNCONFIRMED on a real card).
     */
    public void changeSignPassword(SigningPassword current, SigningPassword replacement, LastTry lastTry)
            throws ApduException {
        withSignKey(() -> {
            gate.change(JpkiConstants.SIGN_PASSWORD, current, replacement, lastTry, false);
            return null;
        });
    }

    private byte[] certificate(FileId ef, String what) throws ApduException {
        return Tlvs.parseAt(reader.readTlvFile(ef, what), 0, TAG_SEQUENCE, what).encoded();
    }

    /**
     * Turns "not found" around the signing key or certificate into a clear "no signing certificate" when the
     * card's certificate flags (EF {@code 0008}) say it has none; otherwise the "not found" was a card error
     * and stays {@link ErrorCode#FILE_NOT_FOUND}: one status word is not a property of the card.
     */
    private <T> T withSignKey(CardCall<T> call) throws ApduException {
        try {
            return call.run();
        } catch (CardStatusException e) {
            if (e.code() != ErrorCode.FILE_NOT_FOUND || !lacksSigningCertificate()) {
                throw e;
            }
            throw new CardStatusException(e.statusWord(), ErrorCode.UNSUPPORTED_CARD,
                    "this card has no signing certificate (cards issued to children under 15 have none)");
        }
    }

    /** Whether EF {@code 0008} says the card has no signing certificate; false when it cannot be read. */
    private boolean lacksSigningCertificate() {
        try {
            return !certificatePresence().signing();
        } catch (ApduException | RuntimeException e) {
            return false;
        }
    }

    /** One card call that may fail with a checked error. */
    @FunctionalInterface
    private interface CardCall<T> {
        T run() throws ApduException;
    }
}
