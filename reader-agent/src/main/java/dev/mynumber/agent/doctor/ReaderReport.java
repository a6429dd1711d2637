package dev.mynumber.agent.doctor;

/**
 * What the doctor found on one reader.
 *
 * @param name the reader's PC/SC name
 * @param id the reader's id in URLs
 * @param simulated whether it is a simulated reader
 * @param cardPresent whether a card is in it
 * @param cardType the detected card type
 * @param atr the card's ATR in hex (null without a card)
 * @param protocol the negotiated protocol, e.g. {@code T=1} (null without a card)
 * @param roundTrip SELECT round-trip times (null without a card or JPKI AP)
 * @param extendedLength the extended-length measurement (null without a card)
 * @param problem the error code met while probing, or null
 */
public record ReaderReport(String name, String id, boolean simulated, boolean cardPresent, String cardType,
        String atr, String protocol, RoundTrip roundTrip, ExtendedLengthCheck extendedLength, String problem) {
}
