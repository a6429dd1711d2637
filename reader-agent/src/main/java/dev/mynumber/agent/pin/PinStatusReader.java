package dev.mynumber.agent.pin;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.commonap.CommonApConstants;
import dev.mynumber.card.jpki.JpkiConstants;
import dev.mynumber.card.jukiap.JukiApConstants;
import dev.mynumber.card.textap.TextApConstants;
import dev.mynumber.card.visualap.VisualApConstants;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The PIN-status use case: every counter via {@link MyNumberCard#pinStatuses()}, with its retry limit; or, after
 * another operation, the counters its answers told ({@link MyNumberCard#knownPinStatuses()}).
 */
final class PinStatusReader {
    /** Retry limits from the card profile (the applications' constants classes), by kind. */
    private static final Map<PinKind, Integer> MAX_TRIES = maxTries(JpkiConstants.AUTH_PIN,
            JpkiConstants.SIGN_PASSWORD, TextApConstants.PIN, TextApConstants.CODE_A, TextApConstants.CODE_B,
            VisualApConstants.CODE_A, VisualApConstants.CODE_B, VisualApConstants.BIRTH_DATE,
            CommonApConstants.PIN, JukiApConstants.PIN);

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

    /** One entry; the limit is at least the counter read (a card with a larger counter is still reported). */
    static PinEntry entry(PinKind kind, PinStatus status) {
        int max = Math.max(MAX_TRIES.getOrDefault(kind, status.triesLeft()), status.triesLeft());
        return new PinEntry(kind, status.triesLeft(), max, status.blocked(), status.lastTry());
    }

    private static Map<PinKind, Integer> maxTries(KeyRef... keys) {
        Map<PinKind, Integer> map = new EnumMap<>(PinKind.class);
        for (KeyRef key : keys) {
            map.put(key.kind(), key.maxTries());
        }
        return map;
    }
}
