package dev.mynumber.card.verify;

import dev.mynumber.card.CvCertificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** Checks an AP's CV certificate ({@code 0004}) against the configured issuer key (spec §5.3). */
final class CertificateChecks {
    private CertificateChecks() {
    }

    /**
     * PKCS#1 v1.5 / SHA-256 over the {@code 5F4E} value with the issuer key.
     *
     * @param name the check name
     * @param certificate the certificate, if read
     * @param issuerKey the issuer key, if configured
     */
    static Check check(String name, Optional<CvCertificate> certificate, Optional<RSAPublicKey> issuerKey) {
        if (certificate.isEmpty()) {
            return Check.notChecked(name, "certificate (EF 0004) not read");
        }
        if (issuerKey.isEmpty()) {
            return Check.notChecked(name, "issuer not verified: no issuer key configured");
        }
        CvCertificate cert = certificate.get();
        return Rsa.verifySha256(issuerKey.get(), cert.body(), cert.signature())
                ? Check.passed(name, "certificate signed by the configured issuer key")
                : Check.failed(name, "certificate signature does not verify with the configured issuer key");
    }
}
