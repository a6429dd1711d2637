/**
 * Card-data authenticity (券面事項の真正性確認): the issuer's signatures over the text and visual AP data, the
 * AP certificates against configured issuer keys, and liveness (the chip signs a fresh challenge).
 *
 * <p>Pure JDK. Every check reports {@link dev.mynumber.card.verify.CheckStatus PASSED, FAILED or NOT_CHECKED}
 * with a stable {@link dev.mynumber.card.verify.CheckReason} code and a reason that never contains card content; a
 * check fails only on a confirmed fact, and an unconfirmed card rule that no plausible reading satisfies is
 * NOT_CHECKED; {@link dev.mynumber.card.verify.Verdict} is never
 * {@link dev.mynumber.card.verify.VerdictStatus#GENUINE GENUINE} when a check failed or was not made.
 * Entry point: {@link dev.mynumber.card.verify.CardDataVerifier}.
 */
package dev.mynumber.card.verify;
