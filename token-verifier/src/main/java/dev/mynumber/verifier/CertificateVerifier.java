package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.CheckStatus;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Verifies a JPKI certificate (利用者証明用 or 署名用電子証明書): chain, validity now, key usage, revocation.
 *
 * <p>Thread-safe. Never throws for a bad certificate: every problem is a FAILED or NOT_CHECKED check.
 */
public final class CertificateVerifier {
    static final String VALIDITY = "certificate.validity";
    static final String KEY_USAGE = "certificate.key-usage";

    private final TrustAnchors anchors;
    private final CrlStore crls;
    private final Clock clock;
    private final Optional<OcspResponder> ocsp;
    private final OcspCheck ocspCheck = new OcspCheck();

    /**
     * Creates the verifier.
     *
     * @param anchors the roots to chain to
     * @param crls the configured CRLs ({@link CrlStore#none()}: revocation NOT_CHECKED)
     * @param clock the time at which validity and CRL currency are judged
     */
    public CertificateVerifier(TrustAnchors anchors, CrlStore crls, Clock clock) {
        this(anchors, crls, null, clock);
    }

    /**
     * Creates the verifier with an OCSP responder, asked when no current CRL decides.
     *
     * @param anchors the roots to chain to
     * @param crls the configured CRLs
     * @param ocsp the OCSP responder, or null for none
     * @param clock the time at which validity and response currency are judged
     */
    public CertificateVerifier(TrustAnchors anchors, CrlStore crls, OcspResponder ocsp, Clock clock) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.crls = Objects.requireNonNull(crls, "crls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ocsp = Optional.ofNullable(ocsp);
    }

    /**
     * Verifies a certificate.
     *
     * @param leaf the card's certificate
     * @param intermediates certificates between it and a root (empty for JPKI, whose roots issue directly)
     * @param usage what the certificate is used for
     * @return the verdict
     */
    public CertificateVerdict verify(X509Certificate leaf, List<X509Certificate> intermediates,
            CertificateUsage usage) {
        Instant now = clock.instant();
        List<Check> checks = new ArrayList<>();
        Check chain = ChainCheck.check(leaf, intermediates, anchors, now);
        checks.add(chain);
        checks.add(validity(leaf, intermediates, now));
        checks.add(keyUsage(leaf, usage));
        Optional<X509Certificate> issuer = chain.status() == CheckStatus.PASSED
                ? issuer(leaf, intermediates) : Optional.empty();
        Revocation revocation = revocation(leaf, issuer, now);
        checks.add(revocation.toCheck());
        return new CertificateVerdict(checks, revocation);
    }

    private Revocation revocation(X509Certificate leaf, Optional<X509Certificate> issuer, Instant now) {
        Revocation fromCrl = RevocationCheck.check(leaf, issuer, crls, now);
        if (fromCrl.status() != RevocationStatus.NOT_CHECKED || ocsp.isEmpty() || issuer.isEmpty()) {
            return fromCrl;
        }
        return ocspCheck.check(leaf, issuer.get(), ocsp.get(), now);
    }

    private static Check validity(X509Certificate leaf, List<X509Certificate> intermediates, Instant now) {
        Date at = Date.from(now);
        try {
            leaf.checkValidity(at);
        } catch (CertificateExpiredException e) {
            return Check.of(VALIDITY, CheckReason.EXPIRED);
        } catch (CertificateNotYetValidException e) {
            return Check.of(VALIDITY, CheckReason.NOT_YET_VALID);
        }
        for (X509Certificate ca : intermediates) {
            if (ca.getNotAfter().before(at) || ca.getNotBefore().after(at)) {
                return Check.of(VALIDITY, CheckReason.ISSUING_CA_NOT_VALID);
            }
        }
        return Check.of(VALIDITY, CheckReason.VALID_NOW, "at " + now);
    }

    private static Check keyUsage(X509Certificate leaf, CertificateUsage usage) {
        boolean[] bits = leaf.getKeyUsage();
        if (bits == null) {
            // RFC 5280 §4.2.1.3: without the extension the key is not restricted; JPKI's bits are UNCONFIRMED (§5.2)
            return Check.of(KEY_USAGE, CheckReason.KEY_USAGE_UNRESTRICTED);
        }
        return bits.length > usage.keyUsageBit() && bits[usage.keyUsageBit()]
                ? Check.of(KEY_USAGE, CheckReason.KEY_USAGE_ALLOWS, usage.bitName())
                : Check.of(KEY_USAGE, CheckReason.KEY_USAGE_FORBIDS, usage.bitName() + " missing");
    }

    private Optional<X509Certificate> issuer(X509Certificate leaf, List<X509Certificate> intermediates) {
        return Stream.concat(intermediates.stream(), anchors.certificates().stream())
                .filter(c -> c.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()))
                .filter(c -> signs(c, leaf)).findFirst();
    }

    // JPKI root generations share one subject DN (spec §5.2): the issuer is the one whose key verifies
    private static boolean signs(X509Certificate issuer, X509Certificate leaf) {
        try {
            leaf.verify(issuer.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}
