package dev.mynumber.agent.verification;

import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerdict;
import dev.mynumber.verifier.RevocationStatus;
import java.util.List;

/**
 * The verdict on a JPKI certificate as the API returns it: chain, validity, key usage and revocation.
 *
 * @param status {@code VALID} only when every check passed, {@code INVALID} on any failure, else {@code INCOMPLETE}
 * @param revocation {@code GOOD}, {@code REVOKED} or {@code NOT_CHECKED}
 * @param revocationReason why (e.g. no CRL configured); never certificate contents
 * @param checks the four checks
 * @param revocationReasonCode {@code revocationReason} as a stable code
 */
public record CertificateVerification(CertificateStatus status, RevocationStatus revocation, String revocationReason,
        List<VerificationCheck> checks, CheckReason revocationReasonCode) {
    /** Copies the list. */
    public CertificateVerification {
        checks = List.copyOf(checks);
    }

    static CertificateVerification of(CertificateVerdict verdict) {
        return new CertificateVerification(verdict.status(), verdict.revocation().status(),
                verdict.revocation().reason(), Verification.checks(verdict.checks()),
                verdict.revocation().reasonCode());
    }
}
