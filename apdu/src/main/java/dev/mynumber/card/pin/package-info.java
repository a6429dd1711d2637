/**
 * Self-wiping secrets (PINs, the signing password, 照合番号A/B), validated before any APDU is sent.
 */
package dev.mynumber.card.pin;
