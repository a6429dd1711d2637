package dev.mynumber.agent.pcsc;

import java.util.HashSet;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * Which readers lost their card since the previous poll, by the provider's own event bookkeeping.
 *
 * <p>{@code isCardPresent} alone cannot see a card swapped between two polls: the reader is occupied both
 * times. {@link CardTerminals#waitForChange(long)} followed by {@code list(CARD_REMOVAL)} reports the
 * removals recorded since the previous call. The in-JVM simulator keys its records on a per-insertion
 * counter, so a one-step swap shows as a removal (and an insertion). SunPCSC compares presence only, so it
 * reports a removal when a call falls between the pull and the re-insertion; the 1 ms wait here keeps each
 * poll short, and a physical swap (pull, then push in) spans several polls.
 */
final class CardRemovals {
    /** How long one poll may wait for a change; SunPCSC treats 0 as "forever", so never 0. */
    private static final long WAIT_MILLIS = 1;

    private CardRemovals() {
    }

    /**
     * The names of the readers whose card was removed since the previous call on the same {@code terminals}.
     *
     * @param terminals one provider's terminal list, kept from poll to poll (its event records live there)
     * @return reader names; empty when nothing changed, no reader is attached, or the provider failed
     */
    static Set<String> since(CardTerminals terminals) {
        Set<String> names = new HashSet<>();
        try {
            if (!terminals.waitForChange(WAIT_MILLIS)) {
                return names; // on a timeout the records still hold the previous change: do not read them
            }
            for (CardTerminal terminal : terminals.list(CardTerminals.State.CARD_REMOVAL)) {
                names.add(terminal.getName());
            }
        } catch (CardException | RuntimeException e) {
            // no reader attached (IllegalStateException, as SunPCSC) or PC/SC down: presence polling still works
        }
        return names;
    }
}
