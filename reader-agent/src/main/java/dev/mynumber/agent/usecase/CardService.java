package dev.mynumber.agent.usecase;

import dev.mynumber.agent.auth.AuthResult;
import dev.mynumber.agent.auth.Authentication;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.CardReading;
import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.agent.verification.VerificationViews;
import dev.mynumber.agent.pin.PinCounters;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.agent.signing.SignResult;
import dev.mynumber.agent.signing.Signing;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.SigningPassword;
import dev.mynumber.card.pin.VerificationCodeB;
import java.time.Clock;
import java.util.Objects;

/**
 * The agent's use cases over an opened My Number card: PIN counters, card information, certificates,
 * authentication and signing; each returns a Jackson-ready record.
 *
 * <p>The caller owns the card: it opens it, runs one operation at a time, and resets the card afterwards
 * so no security status survives into the next request. The caller also owns the secrets it passes and
 * closes them. Every failure is an {@link ApduException} with a stable code; bad input gives
 * {@code INVALID_ARGUMENT} before any APDU. See docs/use-cases.md.
 */
public final class CardService {
    private final Clock clock;
    private final Verifiers verifiers;

    /**
     * Creates the service with nothing configured for verification: every verdict is at best INCOMPLETE.
     *
     * @param clock source of the CMS signing time
     */
    public CardService(Clock clock) {
        this(clock, Verifiers.unconfigured(clock));
    }

    /**
     * Creates the service.
     *
     * @param clock source of the CMS signing time and of today for the card's validity
     * @param verifiers the card-data and certificate verifiers (docs/configuration.md)
     */
    public CardService(Clock clock, Verifiers verifiers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
    }

    /**
     * Reads every PIN and 照合番号 counter on the card without spending a try.
     *
     * @param card the opened card
     * @return one entry per key reference the card has
     */
    public PinStatusReport pinStatus(MyNumberCard card) throws ApduException {
        return PinCounters.read(card);
    }

    /**
     * The counters this card session learned from its own answers (VERIFY and status queries), without an APDU;
     * the rest are listed as unknown. What the agent publishes after an operation that used a PIN.
     *
     * @param card the card the operation ran on
     * @return the known counters and the unknown kinds
     */
    public PinStatusReport knownPinStatus(MyNumberCard card) {
        return PinCounters.learned(card);
    }

    /**
     * Reads the card information with the holder's 券面事項入力補助用暗証番号: text AP (PIN), then visual AP
     * (照合番号A = the My Number just read).
     *
     * @param card the opened card
     * @param pin the 4-digit PIN (the caller closes it)
     * @param lastTry whether the last try of a key may be spent
     * @param revealMyNumber whether to return the full My Number instead of the masked one
     * @param progress receives the steps
     * @return the card information
     */
    public CardInfoView readWithPin(MyNumberCard card, Pin4 pin, LastTry lastTry, boolean revealMyNumber,
            Progress progress) throws ApduException {
        return CardReading.withPin(card, pin, lastTry, revealMyNumber, progress, verifiers, clock);
    }

    /**
     * Reads the card information with 照合番号B typed by staff: text AP attributes and visual AP face; the My
     * Number is unavailable because B does not open its file.
     *
     * @param card the opened card
     * @param code 照合番号B (the caller closes it)
     * @param lastTry whether the last try of a key may be spent
     * @param revealMyNumber ignored: the number cannot be read with B
     * @param progress receives the steps
     * @return the card information
     */
    public CardInfoView readWithCodeB(MyNumberCard card, VerificationCodeB code, LastTry lastTry,
            boolean revealMyNumber, Progress progress) throws ApduException {
        return CardReading.withCodeB(card, code, lastTry, progress, verifiers, clock);
    }

    /**
     * Reads the 利用者証明用電子証明書 (no PIN needed).
     *
     * @param card the opened card
     * @return the certificate
     */
    public CertificateView authCertificate(MyNumberCard card) throws ApduException {
        return VerificationViews.certificate(CertificateKind.AUTHENTICATION, card.jpki().authCertificate(),
                verifiers.certificates());
    }

    /**
     * Reads the 署名用電子証明書 with the signing password, including the holder's identity from its SAN.
     *
     * @param card the opened card
     * @param password the 署名用パスワード (the caller closes it)
     * @param lastTry whether the last try may be spent
     * @return the certificate; {@code UNSUPPORTED_CARD} if the card has none (holders under 15)
     */
    public CertificateView signCertificate(MyNumberCard card, SigningPassword password, LastTry lastTry)
            throws ApduException {
        return VerificationViews.certificate(CertificateKind.SIGNING, card.jpki().signCertificate(password, lastTry),
                verifiers.certificates());
    }

    /**
     * Signs SHA-256(challenge) with the 利用者証明用秘密鍵 after the auth PIN and checks the signature.
     *
     * @param card the opened card
     * @param pin the 利用者証明用暗証番号 (the caller closes it)
     * @param challenge the caller's challenge, 1 to 1024 bytes
     * @param lastTry whether the last try may be spent
     * @param progress receives the steps
     * @return signature and certificate
     */
    public AuthResult authenticate(MyNumberCard card, Pin4 pin, byte[] challenge, LastTry lastTry,
            Progress progress) throws ApduException {
        return Authentication.run(card, pin, challenge, lastTry, progress, verifiers.certificates());
    }

    /**
     * Signs {@code SHA-256(origin) || SHA-256(nonce)} with the 利用者証明用秘密鍵 after the auth PIN and returns the
     * origin-bound {@code AuthToken} (docs/verification.md §3).
     *
     * @param card the opened card
     * @param pin the 利用者証明用暗証番号 (the caller closes it)
     * @param origin the web origin the agent saw ({@code Origin} header) or a native client declared
     * @param nonce the server's nonce, 32 to 1024 bytes
     * @param lastTry whether the last try may be spent
     * @param progress receives the steps
     * @return signature, certificate and token
     */
    public AuthResult authenticateForOrigin(MyNumberCard card, Pin4 pin, String origin, byte[] nonce,
            LastTry lastTry, Progress progress) throws ApduException {
        return Authentication.withNonce(card, pin, origin, nonce, lastTry, progress, verifiers.certificates());
    }

    /**
     * Checks a token request before any card access: nonce of 32 to 1024 bytes, origin {@code scheme://host[:port]}.
     *
     * @param origin the origin the token will be bound to
     * @param nonce the server's nonce
     * @throws ApduException {@code INVALID_ARGUMENT} naming the rule broken
     */
    public static void checkTokenRequest(String origin, byte[] nonce) throws ApduException {
        Authentication.checkTokenInput(origin, nonce);
    }

    /**
     * Checks a sign request before any card access: exactly one of data and digest, data at most 16 MiB, a
     * digest as long as its algorithm's.
     *
     * @param request the request
     * @throws ApduException {@code INVALID_ARGUMENT} naming the rule broken
     */
    public static void checkSignRequest(SignRequest request) throws ApduException {
        Signing.digestOf(request, request.algorithmOrDefault());
    }

    /**
     * Checks a raw-mode challenge before any card access: 1 to 1024 bytes.
     *
     * @param challenge the caller's challenge
     * @throws ApduException {@code INVALID_ARGUMENT}
     */
    public static void checkChallenge(byte[] challenge) throws ApduException {
        Authentication.checkChallenge(challenge);
    }

    /** The clock this service signs with; the HTTP layer judges 照合番号B dates by it too. */
    public Clock clock() {
        return clock;
    }

    /**
     * Signs data or a digest with the 署名用秘密鍵 after the signing password, as RAW PKCS#1 or detached CMS.
     *
     * @param card the opened card
     * @param password the 署名用パスワード (the caller closes it)
     * @param request what to sign and how
     * @param lastTry whether the last try may be spent
     * @param progress receives the steps
     * @return the signature (checked against the certificate)
     */
    public SignResult sign(MyNumberCard card, SigningPassword password, SignRequest request, LastTry lastTry,
            Progress progress) throws ApduException {
        return Signing.run(card, clock, password, request, lastTry, progress);
    }
}
