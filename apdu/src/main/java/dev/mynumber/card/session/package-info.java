/**
 * Support for the application classes: the session, whole-EF reads with the fewest APDUs, the PIN gate, the
 * signing command and decoders. Callers use {@link dev.mynumber.card.MyNumberCard} instead.
 */
package dev.mynumber.card.session;
