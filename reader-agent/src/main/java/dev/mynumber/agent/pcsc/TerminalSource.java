package dev.mynumber.agent.pcsc;

import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardTerminal;

/** Where readers come from: the machine's PC/SC stack or a simulated provider. */
public interface TerminalSource {
    /**
     * Lists the readers now attached.
     *
     * @return the readers, or empty when this source is unavailable (e.g. pcscd not running)
     */
    Optional<List<CardTerminal>> terminals();

    /** Whether the readers of this source are simulated. */
    boolean simulated();
}
