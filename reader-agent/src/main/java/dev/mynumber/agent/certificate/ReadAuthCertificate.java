package dev.mynumber.agent.certificate;

import dev.mynumber.agent.usecase.CardOperation;
import dev.mynumber.agent.usecase.CardSession;
import dev.mynumber.agent.usecase.UseCase;
import dev.mynumber.agent.verification.Certificates;
import dev.mynumber.apdu.ApduException;

/** Reads the 利用者証明用電子証明書 (no PIN needed) and verifies it. */
public final class ReadAuthCertificate implements UseCase<CertificateView> {
    @Override
    public CardOperation operation() {
        return CardOperation.AUTH_CERTIFICATE;
    }

    @Override
    public CertificateView run(CardSession session) throws ApduException {
        return Certificates.view(CertificateKind.AUTHENTICATION, session.card().jpki().authCertificate(),
                session.verifiers().certificates());
    }
}
