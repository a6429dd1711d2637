package dev.mynumber.card.verify;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Optional;

/**
 * The public keys of the issuers (J-LIS) of the text and visual AP CV certificates, as configured.
 *
 * <p>The issuer keys are not on the card (spec §5.3). When no key is configured the certificate check is
 * NOT_CHECKED ("issuer not verified"), never PASSED; several keys per AP may be configured (one per
 * certificate generation), see {@link IssuerKey} for when a key that does not verify proves anything.
 *
 * @param textAp the keys that may verify text AP EF {@code 0004}
 * @param visualAp the keys that may verify visual AP EF {@code 0004}
 */
public record IssuerKeys(List<IssuerKey> textAp, List<IssuerKey> visualAp) {
    /** Copies the lists. */
    public IssuerKeys {
        textAp = List.copyOf(textAp);
        visualAp = List.copyOf(visualAp);
    }

    /** One unbound key per AP, each optional (the configuration's two key files). */
    public IssuerKeys(Optional<RSAPublicKey> textAp, Optional<RSAPublicKey> visualAp) {
        this(textAp.map(IssuerKey::unbound).stream().toList(), visualAp.map(IssuerKey::unbound).stream().toList());
    }

    /** No issuer key configured: certificates are reported "issuer not verified". */
    public static IssuerKeys none() {
        return new IssuerKeys(List.of(), List.of());
    }

    /**
     * Both issuer keys, each bound to the issuer reference its certificates name (see {@link IssuerKey}).
     *
     * @param textAp the text AP issuer key
     * @param textReference its reference, e.g. {@code 5000033:000}
     * @param visualAp the visual AP issuer key
     * @param visualReference its reference, e.g. {@code 5000023:000}
     */
    public static IssuerKeys bound(RSAPublicKey textAp, String textReference, RSAPublicKey visualAp,
            String visualReference) {
        return new IssuerKeys(List.of(IssuerKey.bound(textAp, textReference)),
                List.of(IssuerKey.bound(visualAp, visualReference)));
    }

    /** Both issuer keys, unbound. */
    public static IssuerKeys of(RSAPublicKey textAp, RSAPublicKey visualAp) {
        return new IssuerKeys(Optional.of(textAp), Optional.of(visualAp));
    }
}
