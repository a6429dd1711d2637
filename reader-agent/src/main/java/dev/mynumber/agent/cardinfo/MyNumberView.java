package dev.mynumber.agent.cardinfo;

/**
 * The My Number (個人番号) as the response shows it: masked by default, unavailable after 照合番号B.
 *
 * <p>Masking keeps the last four digits ({@code ********0257}) so staff can compare the card with the record
 * they hold without exposing the number on screen; the full 12 digits only when the request asks for them.
 *
 * @param available whether the number was read (false when 照合番号B opened the card: B does not open EF 0001)
 * @param masked whether {@link #value()} is masked
 * @param value the masked or full number; null when not available
 * @param reason why the number is not available; null when it is
 */
public record MyNumberView(boolean available, boolean masked, String value, String reason) {
    /** The number could not be read, with the reason (never personal data). */
    public static MyNumberView unavailable(String reason) {
        return new MyNumberView(false, false, null, reason);
    }

    /** Redacted: the number is personal data. */
    @Override
    public String toString() {
        return "MyNumberView[available=" + available + ", masked=" + masked + ", value=redacted]";
    }
}
