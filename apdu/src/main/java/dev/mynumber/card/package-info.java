/**
 * The My Number card (個人番号カード) client: {@link dev.mynumber.card.MyNumberCard} opens one session class per
 * card application; PIN outcomes and errors are mapped from status words in {@link dev.mynumber.card.VerifyOutcome}
 * and {@link dev.mynumber.card.StatusWords}.
 */
package dev.mynumber.card;
