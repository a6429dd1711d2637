package dev.mynumber.agent.pin;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PIN-status use case: every counter via {@link MyNumberCard#pinStatuses()}; or, after another operation, the
 * counters its answers told ({@link MyNumberCard#knownPinStatuses()}). Each {@link PinStatus} carries its own
 * maximum, so nothing here knows a retry limit.
 */
final class PinStatusReader {
    private PinStatusReader() {
    }

    /** Reads every counter; queries spend no try (spec §4.1, quirk 4). */
    static PinStatusReport read(MyNumberCard card) throws ApduException {
        List<PinEntry> entries = new ArrayList<>();
        for (Map.Entry<PinKind, PinStatus> e : card.pinStatuses().entrySet()) {
            entries.add(entry(e.getKey(), e.getValue()));
        }
        return new PinStatusReport(entries);
    }

    /**
     * The counters this card session already learned from its own answers, without an APDU; every other kind is
     * named as unknown.
     */
    static PinStatusReport known(MyNumberCard card) {
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
    static PinEntry entry(PinKind kind, PinStatus status) {
        return new PinEntry(kind, status.triesLeft(), status.maxTries(), status.blocked(), status.lastTry());
    }
}
