package dev.mynumber.agent.signing;

import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.agent.usecase.Steps;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.SigningPassword;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;

/**
 * Signs data or a digest with the 署名用秘密鍵: the 署名用電子証明書 is read after the signing password (JPKI
 * {@code 001B}, EF {@code 0001}), then the key ({@code 001A}) signs, RAW PKCS#1 or inside a detached CMS.
 *
 * <p>The card needs the password twice (once for the certificate, once for the key) because the client's
 * JPKI session verifies before each use; a correct password resets the counter, so this spends no try.
 */
public final class Sign implements UseCase<SignResult> {
    private final SigningPassword password;
    private final SignRequest request;
    private final LastTry lastTry;
    private final byte[] digest;

    /**
     * Creates the use case and checks the request: exactly one of data and digest, data at most 16 MiB, a digest
     * as long as its algorithm's; so a bad request is refused before any card access.
     *
     * @param password the 署名用パスワード (the caller closes it)
     * @param request what to sign and how
     * @param lastTry whether the last try may be spent
     * @throws ApduException {@code INVALID_ARGUMENT} naming the rule broken
     */
    public Sign(SigningPassword password, SignRequest request, LastTry lastTry) throws ApduException {
        if (request == null) {
            throw Failures.invalidArgument("a sign request is required");
        }
        this.password = password;
        this.request = request;
        this.lastTry = lastTry;
        this.digest = digestOf(request, request.algorithmOrDefault());
    }

    @Override
    public CardOperation operation() {
        return CardOperation.SIGN;
    }

    @Override
    public SignResult run(CardSession session) throws ApduException {
        DigestAlgorithm algorithm = request.algorithmOrDefault();
        Steps steps = session.steps(2);
        steps.next("verify-password-read-certificate");
        JpkiAp jpki = session.card().jpki();
        byte[] der = jpki.signCertificate(password, lastTry);
        X509Certificate certificate = Certificates.parse(der, "signing certificate");
        steps.next("sign");
        CardSignature cardSignature = d -> jpki.signWithSignKey(password, algorithm, d, lastTry);
        SignResult result = request.formatOrDefault() == SignFormat.CMS
                ? cms(cardSignature, certificate, algorithm, digest, session.clock(), der)
                : raw(cardSignature, certificate, algorithm, digest, der);
        steps.finish();
        return result;
    }

    /** The digest to sign: hashed here in data mode, validated in digest mode; before any APDU. */
    static byte[] digestOf(SignRequest request, DigestAlgorithm algorithm) throws ApduException {
        byte[] data = request.data();
        byte[] digest = request.digest();
        if ((data == null) == (digest == null)) {
            throw Failures.invalidArgument("give exactly one of data and digest");
        }
        if (data != null) {
            if (data.length > SignRequest.MAX_DATA) {
                throw Failures.invalidArgument("data longer than 16 MiB; sign its digest instead");
            }
            return Digests.hash(algorithm, data);
        }
        if (digest.length != algorithm.digestLength()) {
            throw Failures.invalidArgument(algorithm + " digest must be " + algorithm.digestLength() + " bytes");
        }
        return digest;
    }

    private static SignResult raw(CardSignature card, X509Certificate certificate, DigestAlgorithm algorithm,
            byte[] digest, byte[] der) throws ApduException {
        byte[] signature = card.sign(digest);
        Digests.verify(certificate.getPublicKey(), algorithm, digest, signature, "signature");
        Base64.Encoder b64 = Base64.getEncoder();
        return new SignResult(SignFormat.RAW, algorithm, Digests.signatureName(algorithm),
                b64.encodeToString(digest), b64.encodeToString(signature), null, Certificates.pem(der));
    }

    private static SignResult cms(CardSignature card, X509Certificate certificate, DigestAlgorithm algorithm,
            byte[] digest, Clock clock, byte[] der) throws ApduException {
        CmsSigner.Signed signed = CmsSigner.sign(card, certificate, algorithm, digest, clock.instant());
        Base64.Encoder b64 = Base64.getEncoder();
        return new SignResult(SignFormat.CMS, algorithm, Digests.signatureName(algorithm),
                b64.encodeToString(digest), b64.encodeToString(signed.signature()),
                b64.encodeToString(signed.cms()), Certificates.pem(der));
    }
}
