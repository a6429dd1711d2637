package dev.mynumber.card.verify;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Verifies the data read from a My Number card (券面事項の真正性確認) and, when given card sessions, that a real
 * chip answers a fresh challenge.
 *
 * <p>Checks, in order ({@link CheckNames#ALL}): text AP certificate, My Number digest, attributes digest, integrity
 * signature, text AP liveness, text AP key link, visual AP certificate, face signature, visual AP liveness. A check
 * fails only on a confirmed fact; an unconfirmed rule that no plausible reading satisfies is NOT_CHECKED. An AP's checks are made when any of its
 * data was read, a digest check when its data was read; the certificate, signature and liveness checks of a
 * covered AP are always made (NOT_CHECKED if impossible). The verdict is GENUINE only if all made checks pass;
 * with no data at all it is INCOMPLETE.
 * Thread-safe if the random generator is.
 */
public final class CardDataVerifier {
    private final IssuerKeys issuerKeys;
    private final LivenessChecks liveness;

    /**
     * Creates a verifier with a {@link SecureRandom} for challenges.
     *
     * @param issuerKeys the configured issuer keys; {@link IssuerKeys#none()} reports "issuer not verified"
     */
    public CardDataVerifier(IssuerKeys issuerKeys) {
        this(issuerKeys, new SecureRandom());
    }

    /**
     * Creates a verifier.
     *
     * @param issuerKeys the configured issuer keys
     * @param random the source of liveness challenges (a strong one in production)
     */
    public CardDataVerifier(IssuerKeys issuerKeys, RandomGenerator random) {
        this.issuerKeys = Objects.requireNonNull(issuerKeys, "issuerKeys");
        this.liveness = new LivenessChecks(Objects.requireNonNull(random, "random"));
    }

    /**
     * Runs the checks that apply to the evidence; missing parts give NOT_CHECKED, never an exception.
     *
     * @param evidence what was read from the card
     * @return the verdict
     */
    public Verdict verify(CardEvidence evidence) {
        List<Check> checks = new ArrayList<>();
        if (TextApChecks.present(evidence)) {
            checks.addAll(TextApChecks.checks(evidence, issuerKeys));
            checks.add(liveness.text(evidence));
            checks.add(KeyLinkCheck.check(evidence, issuerKeys));
        }
        if (VisualApChecks.present(evidence)) {
            checks.addAll(VisualApChecks.checks(evidence, issuerKeys));
            checks.add(liveness.visual(evidence));
        }
        return new Verdict(checks);
    }
}
