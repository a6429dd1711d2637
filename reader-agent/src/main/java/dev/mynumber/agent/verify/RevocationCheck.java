package dev.mynumber.agent.verify;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Revocation from configured CRLs: only a CRL named for the certificate's issuer, signed by that issuer's
 * (trusted) key and current at the clock's time counts; anything else leaves the result NOT_CHECKED.
 */
final class RevocationCheck {
    private RevocationCheck() {
    }

    static Revocation check(X509Certificate leaf, Optional<X509Certificate> issuer, CrlStore store, Instant now) {
        List<X509CRL> crls = store.crls();
        if (crls.isEmpty()) {
            return new Revocation(RevocationStatus.NOT_CHECKED, "no CRL or OCSP source configured");
        }
        if (issuer.isEmpty()) {
            return new Revocation(RevocationStatus.NOT_CHECKED, "issuer is not trusted: its CRL cannot be checked");
        }
        List<X509CRL> fromIssuer = crls.stream()
                .filter(crl -> crl.getIssuerX500Principal().equals(leaf.getIssuerX500Principal()))
                .filter(crl -> signedBy(crl, issuer.get())).toList();
        if (fromIssuer.isEmpty()) {
            return new Revocation(RevocationStatus.NOT_CHECKED, "no CRL signed by this certificate's issuer");
        }
        Optional<X509CRL> current = fromIssuer.stream().filter(crl -> isCurrent(crl, now)).findFirst();
        if (current.isEmpty()) {
            return new Revocation(RevocationStatus.NOT_CHECKED, "the issuer's CRL is not current (nextUpdate passed)");
        }
        X509CRLEntry entry = current.get().getRevokedCertificate(leaf.getSerialNumber());
        if (entry != null && !entry.getRevocationDate().toInstant().isAfter(now)) {
            return new Revocation(RevocationStatus.REVOKED, "listed in the issuer's current CRL");
        }
        return new Revocation(RevocationStatus.GOOD, "not listed in the issuer's current CRL");
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean isCurrent(X509CRL crl, Instant now) {
        boolean started = !crl.getThisUpdate().toInstant().isAfter(now);
        return started && (crl.getNextUpdate() == null || !crl.getNextUpdate().toInstant().isBefore(now));
    }
}
