package dev.mynumber.agent.pin;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PIN and 照合番号 counters of a card: every counter read from the card ({@link MyNumberCard#pinStatuses()}),
 * or, after another operation, those its answers told ({@link MyNumberCard#knownPinStatuses()}). Each
 * {@link PinStatus} carries its own maximum, so nothing here knows a retry limit.
 */
public final class PinCounters {
    private PinCounters() {
    }

    /**
     * Reads every counter on the card; status queries spend no try (spec §4.1, quirk 4).
     *
     * @param card the opened card
     * @return one entry per key reference the card has
     */
    public static PinStatusReport read(MyNumberCard card) throws ApduException {
        List<PinEntry> entries = new ArrayList<>();
        for (Map.Entry<PinKind, PinStatus> e : card.pinStatuses().entrySet()) {
            entries.add(entry(e.getKey(), e.getValue()));
        }
        return new PinStatusReport(entries);
    }

    /**
     * The counters this card session learned from its own answers (VERIFY and status queries), without an APDU;
     * every other kind is listed as unknown. What the agent publishes after an operation that used a PIN.
     *
     * @param card the card the operation ran on
     * @return the known counters and the unknown kinds
     */
    public static PinStatusReport learned(MyNumberCard card) {
        Map<PinKind, PinStatus> known = card.knownPinStatuses();
        List<PinEntry> entries = new ArrayList<>();
        List<PinKind> unknown = new ArrayList<>();
        for (PinKind kind : PinKind.values()) {
            PinStatus status = known.get(kind);
            if (status == null) {
                unknown.add(kind);
            } else {
                entries.add(entry(kind, status));
            }
        }
        return new PinStatusReport(entries, unknown);
    }

    /** One entry, as the card's {@link PinStatus} tells it (tries left and maximum). */
    private static PinEntry entry(PinKind kind, PinStatus status) {
        return new PinEntry(kind, status.triesLeft(), status.maxTries(), status.blocked(), status.lastTry());
    }
}
