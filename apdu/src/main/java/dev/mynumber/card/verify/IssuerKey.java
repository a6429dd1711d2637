package dev.mynumber.card.verify;

import dev.mynumber.card.CvCertificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured issuer (CA) key of an AP's CV certificates, optionally bound to the issuer reference that
 * the certificates it signs name in their first key ID (spec §5.3: 7-digit issuer ID and a 3-digit key number).
 *
 * <p>Why the binding matters: the issuer has more than one key over the years (certificate generations) and
 * the key is not on the card. Only a key bound to the reference a certificate names can prove that
 * certificate false; an unbound key that does not verify it may simply belong to another generation.
 *
 * @param key the RSA public key
 * @param reference the issuer reference it is bound to, e.g. {@code 5000033:000}; empty when unbound
 */
public record IssuerKey(RSAPublicKey key, Optional<String> reference) {
    /** Rejects a null key. */
    public IssuerKey {
        Objects.requireNonNull(key, "key");
        reference = Objects.requireNonNullElse(reference, Optional.empty());
    }

    /** A key bound to no reference: it can confirm a certificate, never refute one. */
    public static IssuerKey unbound(RSAPublicKey key) {
        return new IssuerKey(key, Optional.empty());
    }

    /** A key bound to the reference its certificates name, e.g. {@code 5000033:000}. */
    public static IssuerKey bound(RSAPublicKey key, String reference) {
        return new IssuerKey(key, Optional.of(reference));
    }

    /** Whether this key is the one the certificate names as its issuer. */
    boolean isIssuerOf(CvCertificate certificate) {
        return reference.isPresent() && reference.equals(certificate.issuerReference());
    }
}
