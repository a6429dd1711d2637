package dev.mynumber.card.verify;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * The public keys of the issuers (J-LIS) of the text and visual AP CV certificates, as configured.
 *
 * <p>The issuer keys are not on the card (spec §5.3). When a key is absent the certificate check is
 * NOT_CHECKED ("issuer not verified"), never PASSED.
 *
 * @param textAp the key that verifies text AP EF {@code 0004}, if configured
 * @param visualAp the key that verifies visual AP EF {@code 0004}, if configured
 */
public record IssuerKeys(Optional<RSAPublicKey> textAp, Optional<RSAPublicKey> visualAp) {
    /** Rejects null optionals. */
    public IssuerKeys {
        textAp = Optional.ofNullable(textAp).flatMap(k -> k);
        visualAp = Optional.ofNullable(visualAp).flatMap(k -> k);
    }

    /** No issuer key configured: certificates are reported "issuer not verified". */
    public static IssuerKeys none() {
        return new IssuerKeys(Optional.empty(), Optional.empty());
    }

    /** Both issuer keys. */
    public static IssuerKeys of(RSAPublicKey textAp, RSAPublicKey visualAp) {
        return new IssuerKeys(Optional.of(textAp), Optional.of(visualAp));
    }
}
