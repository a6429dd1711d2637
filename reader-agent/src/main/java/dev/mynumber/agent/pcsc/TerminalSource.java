package dev.mynumber.agent.pcsc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardTerminal;

/** Where readers come from: the machine's PC/SC stack or a simulated provider. */
public interface TerminalSource {
    /**
     * Lists the readers now attached.
     *
     * @return the readers, or empty when this source is unavailable (e.g. pcscd not running)
     */
    Optional<List<CardTerminal>> terminals();

    /**
     * The readers whose card was removed since the previous call, including a card swapped for another
     * between two polls (presence alone cannot show that); called once per poll after {@link #terminals()}.
     *
     * @return reader names; empty when the source cannot tell
     */
    default Set<String> cardRemovals() {
        return Set.of();
    }

    /** Whether the readers of this source are simulated. */
    boolean simulated();
}
