package dev.mynumber.agent.service;

/**
 * One check of the card's genuineness and what came of it.
 *
 * @param name stable identifier, e.g. {@code text-ap-signature}
 * @param description what the check would establish, in English
 * @param status the outcome
 * @param reason why it did not run, or what failed; null when passed
 */
public record VerificationCheck(String name, String description, CheckStatus status, String reason) {
}
