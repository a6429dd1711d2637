package dev.mynumber.agent.pcsc;

/**
 * A reader's state as the API shows it.
 *
 * @param id a URL-friendly id (lower case, dashes) usable in paths instead of the name
 * @param name the PC/SC reader name
 * @param cardPresent whether a card is in the reader
 * @param cardType the detected card type ({@code null} without a card)
 * @param busy whether an operation runs now
 * @param simulated whether the reader is simulated
 */
public record ReaderView(String id, String name, boolean cardPresent, CardType cardType, boolean busy,
        boolean simulated) {
}
