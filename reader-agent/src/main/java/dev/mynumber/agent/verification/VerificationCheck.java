package dev.mynumber.agent.verification;

import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.CheckStatus;

/**
 * One check of the card's genuineness and what came of it.
 *
 * @param name stable identifier, e.g. {@code text-ap.integrity-signature} (docs/verification.md)
 * @param description what the check establishes, in English
 * @param status the outcome
 * @param reason why it passed, failed or did not run, in English; never card content
 * @param reasonCode the same reason as a stable code, for pages to word in their own language
 */
public record VerificationCheck(String name, String description, CheckStatus status, String reason,
        CheckReason reasonCode) {
}
