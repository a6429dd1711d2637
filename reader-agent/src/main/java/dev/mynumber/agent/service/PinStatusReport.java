package dev.mynumber.agent.service;

import java.util.List;

/**
 * Every key reference counter the card answered for, in {@link dev.mynumber.card.PinKind} order.
 *
 * <p>Keys the card lacks (a child's signing password, an application missing on a phone token) are absent.
 *
 * @param pins one entry per key reference
 */
public record PinStatusReport(List<PinEntry> pins) {
    /** Copies the list. */
    public PinStatusReport {
        pins = List.copyOf(pins);
    }
}
