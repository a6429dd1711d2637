package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.CERTIFICATE_NOT_READ;
import static dev.mynumber.card.verify.CheckReason.ISSUER_KEY_NOT_MATCHING;
import static dev.mynumber.card.verify.CheckReason.ISSUER_NOT_CONFIGURED;
import static dev.mynumber.card.verify.CheckReason.ISSUER_SIGNATURE_INVALID;
import static dev.mynumber.card.verify.CheckReason.ISSUER_SIGNATURE_VALID;

import dev.mynumber.card.CvCertificate;
import java.util.List;
import java.util.Optional;

/** Checks an AP's CV certificate ({@code 0004}) against the configured issuer keys (spec §5.3). */
final class CertificateChecks {
    private CertificateChecks() {
    }

    /**
     * PKCS#1 v1.5 / SHA-256 over the {@code 5F4E} value with an issuer key ([MC-data], [MC-sig]). PASSED when a
     * configured key verifies it; FAILED only when the key bound to the issuer the certificate names does not
     * (a confirmed fact); otherwise NOT_CHECKED: without keys, or with keys of other issuers or generations.
     *
     * @param name the check name
     * @param certificate the certificate, if read
     * @param issuerKeys the configured keys for this AP
     */
    static Check check(String name, Optional<CvCertificate> certificate, List<IssuerKey> issuerKeys) {
        if (certificate.isEmpty()) {
            return Check.of(name, CERTIFICATE_NOT_READ);
        }
        if (issuerKeys.isEmpty()) {
            return Check.of(name, ISSUER_NOT_CONFIGURED);
        }
        CvCertificate cert = certificate.get();
        if (issuerKeys.stream().anyMatch(k -> Rsa.verifySha256(k.key(), cert.body(), cert.signature()))) {
            return Check.of(name, ISSUER_SIGNATURE_VALID);
        }
        return Check.of(name, issuerKeys.stream().anyMatch(k -> k.isIssuerOf(cert))
                ? ISSUER_SIGNATURE_INVALID : ISSUER_KEY_NOT_MATCHING);
    }
}
