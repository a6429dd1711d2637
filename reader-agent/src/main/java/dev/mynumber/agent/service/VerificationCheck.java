package dev.mynumber.agent.service;

/**
 * One check of the card's genuineness and what came of it.
 *
 * @param name stable identifier, e.g. {@code text-ap.integrity-signature} (docs/verification.md)
 * @param description what the check establishes, in English
 * @param status the outcome
 * @param reason why it passed, failed or did not run; never card content
 */
public record VerificationCheck(String name, String description, CheckStatus status, String reason) {
}
