package dev.mynumber.agent.pin;

import dev.mynumber.card.PinKind;
import java.util.List;

/**
 * Every key reference counter the agent knows, in {@link dev.mynumber.card.PinKind} order, and which it does not.
 *
 * <p>After {@code GET pin-status} every counter the card answered for is listed and {@code unknown} is empty; keys
 * the card lacks (a child's signing password, an application missing on a phone token) are absent. After another
 * operation the agent lists only the counters that operation's own answers told ({@code 9000} to a VERIFY = full,
 * {@code 63Cx} = x left) and names the rest in {@code unknown}, instead of re-reading all ten (issue 17).
 *
 * @param pins one entry per key reference whose counter is known
 * @param unknown the kinds whose counter this report does not know (read them with {@code GET pin-status})
 */
public record PinStatusReport(List<PinEntry> pins, List<PinKind> unknown) {
    /** Copies the lists. */
    public PinStatusReport {
        pins = List.copyOf(pins);
        unknown = List.copyOf(unknown);
    }

    /**
     * A complete report: every counter the card has, none unknown.
     *
     * @param pins one entry per key reference
     */
    public PinStatusReport(List<PinEntry> pins) {
        this(pins, List.of());
    }
}
