package dev.mynumber.agent.auth;

import dev.mynumber.agent.certificate.CertificateKind;
import dev.mynumber.agent.signing.Digests;
import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.agent.usecase.Steps;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.verifier.AuthToken;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;

/**
 * Authenticates the holder: SHA-256 over the caller's challenge (or over {@code SHA-256(origin) ||
 * SHA-256(nonce)}), signed with the 利用者証明用秘密鍵 (JPKI key {@code 0017} after PIN {@code 0018}), checked
 * against the 利用者証明用電子証明書 ({@code 000A}).
 *
 * @param request the PIN (the caller closes it) and what to sign, already checked
 */
public record Authenticate(AuthRequest request) implements UseCase<AuthResult> {
    private static final DigestAlgorithm ALGORITHM = DigestAlgorithm.SHA256;

    /** Rejects a null request. */
    public Authenticate {
        Objects.requireNonNull(request, "request");
    }

    @Override
    public CardOperation operation() {
        return CardOperation.AUTHENTICATE;
    }

    @Override
    public AuthResult run(CardSession session) throws ApduException {
        byte[] digest = Digests.hash(ALGORITHM, request.data());
        Steps steps = session.steps(3);
        // the PIN first: a wrong or refused PIN costs no certificate read (issue 17)
        steps.next("verify-pin-and-sign");
        JpkiAp jpki = session.card().jpki();
        byte[] signature = jpki.signWithAuthKey(request.pin(), ALGORITHM, digest, request.lastTry());
        steps.next("read-certificate");
        byte[] der = jpki.authCertificate();
        X509Certificate certificate = Certificates.parse(der, "authentication certificate");
        steps.next("check-signature");
        Digests.verify(certificate.getPublicKey(), ALGORITHM, digest, signature, "authentication signature");
        Base64.Encoder b64 = Base64.getEncoder();
        String origin = request.origin();
        AuthResult result = new AuthResult(b64.encodeToString(signature), Digests.signatureName(ALGORITHM),
                b64.encodeToString(digest), Certificates.view(CertificateKind.AUTHENTICATION, der,
                        session.verifiers().certificates()),
                origin, origin == null ? null : token(certificate, signature));
        steps.finish();
        return result;
    }

    private static AuthToken token(X509Certificate certificate, byte[] signature) throws ApduException {
        try {
            return AuthToken.of(certificate, signature);
        } catch (CertificateEncodingException e) {
            throw Failures.malformed("authentication certificate: cannot be encoded", e);
        }
    }
}
