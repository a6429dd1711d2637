package dev.mynumber.verifier;

import dev.mynumber.card.verify.CheckReason;

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
            return new Revocation(CheckReason.NO_REVOCATION_SOURCE);
        }
        if (issuer.isEmpty()) {
            return new Revocation(CheckReason.ISSUER_NOT_TRUSTED);
        }
        List<X509CRL> fromIssuer = crls.stream()
                .filter(crl -> crl.getIssuerX500Principal().equals(leaf.getIssuerX500Principal()))
                .filter(crl -> signedBy(crl, issuer.get())).toList();
        if (fromIssuer.isEmpty()) {
            return new Revocation(CheckReason.NO_CRL_FROM_ISSUER);
        }
        Optional<X509CRL> current = fromIssuer.stream().filter(crl -> isCurrent(crl, now)).findFirst();
        if (current.isEmpty()) {
            return new Revocation(CheckReason.CRL_NOT_CURRENT);
        }
        X509CRLEntry entry = current.get().getRevokedCertificate(leaf.getSerialNumber());
        if (entry != null && !entry.getRevocationDate().toInstant().isAfter(now)) {
            return new Revocation(CheckReason.REVOKED_IN_CRL);
        }
        return new Revocation(CheckReason.NOT_IN_CRL);
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
