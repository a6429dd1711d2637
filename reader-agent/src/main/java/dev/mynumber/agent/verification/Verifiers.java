package dev.mynumber.agent.verification;

import dev.mynumber.card.verify.CardDataVerifier;
import dev.mynumber.card.verify.IssuerKeys;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.TrustAnchors;
import java.time.Clock;
import java.util.Objects;

/**
 * The verifiers the use cases run: card-data authenticity and liveness, and JPKI certificate checks.
 *
 * <p>Built from the configuration by {@code dev.mynumber.agent.VerificationSetup}; see docs/configuration.md.
 *
 * @param cardData the text/visual AP checks (issuer keys configured or not)
 * @param certificates the JPKI certificate checks (trust anchors, CRLs, OCSP, clock)
 */
public record Verifiers(CardDataVerifier cardData, CertificateVerifier certificates) {
    /** Rejects nulls. */
    public Verifiers {
        Objects.requireNonNull(cardData, "cardData");
        Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * Nothing configured: no issuer key, no trust anchor, no CRL; every verdict is at best INCOMPLETE.
     *
     * @param clock the time for certificate validity
     */
    public static Verifiers unconfigured(Clock clock) {
        return new Verifiers(new CardDataVerifier(IssuerKeys.none()),
                new CertificateVerifier(TrustAnchors.of(), CrlStore.none(), clock));
    }
}
