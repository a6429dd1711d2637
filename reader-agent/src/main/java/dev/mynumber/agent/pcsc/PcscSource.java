package dev.mynumber.agent.pcsc;

import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's PC/SC readers through the JDK's SunPCSC provider, tolerant of a pcscd that starts later.
 *
 * <p>{@code TerminalFactory.getDefault()} caches a "none" factory when PC/SC is unavailable at start, so
 * this source asks {@code TerminalFactory.getInstance("PC/SC", null)} again on every poll until it works.
 * A pcscd restarted under a running JVM leaves SunPCSC's static context stale (docs/tooling trap); when
 * {@code java.smartcardio/sun.security.smartcardio} is opened to us (the jar's manifest does), the stale
 * context id is cleared so the next poll establishes a fresh one.
 */
public final class PcscSource implements TerminalSource {
    private static final Logger LOG = LoggerFactory.getLogger(PcscSource.class);
    private CardTerminals terminals;
    private boolean wasAvailable;

    @Override
    public synchronized Optional<List<CardTerminal>> terminals() {
        try {
            if (terminals == null) {
                terminals = TerminalFactory.getInstance("PC/SC", null).terminals();
            }
            List<CardTerminal> list = List.copyOf(terminals.list());
            wasAvailable = true;
            return Optional.of(list);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return unavailable(e);
        } catch (CardException e) {
            if (String.valueOf(e.getCause()).contains("SCARD_E_NO_READERS_AVAILABLE")) {
                return Optional.of(List.of());
            }
            return unavailable(e);
        }
    }

    private Optional<List<CardTerminal>> unavailable(Exception e) {
        if (wasAvailable) {
            LOG.warn("PC/SC went away: {}", e.toString());
            resetStaticContext();
        }
        wasAvailable = false;
        terminals = null;
        return Optional.empty();
    }

    /** Clears SunPCSC's cached context id, if the module is open to us; otherwise a restart is needed. */
    private static void resetStaticContext() {
        try {
            Class<?> type = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = type.getDeclaredField("contextId");
            context.setAccessible(true);
            context.setLong(null, 0L);
            LOG.info("PC/SC context reset; readers will be picked up when pcscd is back");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("PC/SC context cannot be reset ({}); restart the agent after restarting pcscd", e.toString());
        }
    }

    @Override
    public synchronized Set<String> cardRemovals() {
        return terminals == null ? Set.of() : CardRemovals.since(terminals);
    }

    @Override
    public boolean simulated() {
        return false;
    }
}
