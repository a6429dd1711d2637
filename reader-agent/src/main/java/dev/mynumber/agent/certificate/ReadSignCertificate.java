package dev.mynumber.agent.certificate;

import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.SigningPassword;

/**
 * Reads the 署名用電子証明書 with the signing password, including the holder's identity from its SAN, and verifies
 * it; {@code UNSUPPORTED_CARD} if the card has none (holders under 15).
 *
 * @param password the 署名用パスワード (the caller closes it)
 * @param lastTry whether the last try may be spent
 */
public record ReadSignCertificate(SigningPassword password, LastTry lastTry) implements UseCase<CertificateView> {
    @Override
    public CardOperation operation() {
        return CardOperation.SIGN_CERTIFICATE;
    }

    @Override
    public CertificateView run(CardSession session) throws ApduException {
        return Certificates.view(CertificateKind.SIGNING,
                session.card().jpki().signCertificate(password, lastTry), session.verifiers().certificates());
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ReadSignCertificate[" + lastTry + "]";
    }
}
