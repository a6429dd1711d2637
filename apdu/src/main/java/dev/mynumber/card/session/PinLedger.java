package dev.mynumber.card.session;

import dev.mynumber.apdu.StatusWord;
import dev.mynumber.card.KeyRef;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.PinStatus;
import dev.mynumber.card.VerifyOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The retry counters one card session has learned from the card's own answers, so none is queried twice.
 *
 * <p>A status query tells its counter; a VERIFY with data tells the counter it touched ({@code 9000} = full,
 * {@code 63Cx} = x left, {@code 63C0}/{@code 6983}/{@code 6984} = blocked, spec §4.1). Only VERIFYs change a
 * counter and every VERIFY this session sends goes through {@link PinGate}, so a counter stays known for the
 * session. An answer that says nothing about the counter (a transport fault, another status word) forgets it.
 * Security status is NOT kept here: it never survives a SELECT of an application (spec §7 quirk 3).
 */
public final class PinLedger {
    private final Map<PinKind, PinStatus> known = new EnumMap<>(PinKind.class);

    /** The counter of a key, if this session learned it. */
    public Optional<PinStatus> get(KeyRef key) {
        return Optional.ofNullable(known.get(key.kind()));
    }

    /** Records the answer to a status query. */
    void queried(KeyRef key, PinStatus status) {
        known.put(key.kind(), status);
    }

    /** Records the answer to a VERIFY with data; forgets the counter when the answer does not tell it. */
    void verified(KeyRef key, StatusWord sw) {
        VerifyOutcome.of(sw).counter(key).ifPresentOrElse(status -> known.put(key.kind(), status),
                () -> known.remove(key.kind()));
    }

    /** Forgets a counter (a VERIFY went out and no answer came back). */
    void forget(KeyRef key) {
        known.remove(key.kind());
    }

    /** Every counter learned so far, in {@link PinKind} order. */
    public Map<PinKind, PinStatus> snapshot() {
        return new EnumMap<>(known);
    }
}
