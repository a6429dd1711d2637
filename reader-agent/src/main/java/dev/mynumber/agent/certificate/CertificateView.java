package dev.mynumber.agent.certificate;

import dev.mynumber.agent.verification.CertificateVerification;

/**
 * A JPKI certificate as DER (base64) and PEM, with a parsed summary.
 *
 * @param kind which certificate
 * @param der the DER encoding, base64
 * @param pem the PEM encoding ({@code -----BEGIN CERTIFICATE-----})
 * @param summary subject, issuer, serial, validity
 * @param identity the holder's identity from the SAN (signing certificate only; null otherwise)
 * @param verification chain, validity, key usage and revocation (GOOD / REVOKED / NOT_CHECKED with the reason)
 */
public record CertificateView(CertificateKind kind, String der, String pem, CertificateSummary summary,
        SignerIdentity identity, CertificateVerification verification) {
    /** Redacted: a signing certificate is personal data. */
    @Override
    public String toString() {
        return "CertificateView[" + kind + ", redacted]";
    }
}
