package dev.mynumber.agent.doctor;

/**
 * What the reader driver tells about a connected card, recorded when an operation connects.
 *
 * @param atr the ATR in hex
 * @param protocol the protocol PC/SC negotiated, e.g. {@code T=1}
 */
public record CardSession(String atr, String protocol) {
}
