package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.CERTIFICATE_NOT_READ;
import static dev.mynumber.card.verify.CheckReason.ISSUER_NOT_CONFIGURED;
import static dev.mynumber.card.verify.CheckReason.ISSUER_SIGNATURE_INVALID;
import static dev.mynumber.card.verify.CheckReason.ISSUER_SIGNATURE_VALID;

import dev.mynumber.card.CvCertificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** Checks an AP's CV certificate ({@code 0004}) against the configured issuer key (spec §5.3). */
final class CertificateChecks {
    private CertificateChecks() {
    }

    /**
     * PKCS#1 v1.5 / SHA-256 over the {@code 5F4E} value with the issuer key ([MC-data], [MC-sig]); without a
     * configured key NOT_CHECKED, never a failure.
     *
     * @param name the check name
     * @param certificate the certificate, if read
     * @param issuerKey the issuer key, if configured
     */
    static Check check(String name, Optional<CvCertificate> certificate, Optional<RSAPublicKey> issuerKey) {
        if (certificate.isEmpty()) {
            return Check.of(name, CERTIFICATE_NOT_READ);
        }
        if (issuerKey.isEmpty()) {
            return Check.of(name, ISSUER_NOT_CONFIGURED);
        }
        CvCertificate cert = certificate.get();
        return Check.of(name, Rsa.verifySha256(issuerKey.get(), cert.body(), cert.signature())
                ? ISSUER_SIGNATURE_VALID : ISSUER_SIGNATURE_INVALID);
    }
}
