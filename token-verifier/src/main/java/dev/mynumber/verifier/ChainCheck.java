package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * PKIX path validation (RFC 5280 §6) of leaf + intermediates to the trust anchors, revocation off (done by
 * {@link RevocationCheck}). The path is validated at a date inside the leaf's validity, so this check answers
 * "was it issued under a trusted root" and {@code certificate.validity} answers "is it valid now".
 */
final class ChainCheck {
    static final String NAME = "certificate.chain";

    private ChainCheck() {
    }

    static Check check(X509Certificate leaf, List<X509Certificate> intermediates, TrustAnchors anchors,
            Instant now) {
        if (anchors.certificates().isEmpty()) {
            return Check.of(NAME, CheckReason.NO_TRUST_ANCHOR);
        }
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(leaf);
            path.addAll(intermediates);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters params = new PKIXParameters(anchors.pkixAnchors());
            params.setRevocationEnabled(false);
            params.setDate(Date.from(insideValidity(leaf, now)));
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return Check.of(NAME, CheckReason.CHAIN_VALID);
        } catch (CertPathValidatorException e) {
            return Check.of(NAME, CheckReason.CHAIN_INVALID, String.valueOf(e.getReason()));
        } catch (GeneralSecurityException e) {
            return Check.of(NAME, CheckReason.CHAIN_INVALID, e.getClass().getSimpleName());
        }
    }

    private static Instant insideValidity(X509Certificate leaf, Instant now) {
        Instant notBefore = leaf.getNotBefore().toInstant();
        Instant notAfter = leaf.getNotAfter().toInstant();
        return now.isBefore(notBefore) ? notBefore : now.isAfter(notAfter) ? notAfter : now;
    }
}
