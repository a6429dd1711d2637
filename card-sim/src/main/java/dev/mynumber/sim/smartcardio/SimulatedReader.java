package dev.mynumber.sim.smartcardio;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.fault.PhysicalFault;
import java.util.Optional;
import javax.smartcardio.CardException;

/**
 * One named simulated reader: the control side (insert, swap, remove a card, inject faults) of a terminal
 * that javax.smartcardio code sees through {@link SimulatedReaders#terminalFactory()}.
 *
 * <p>Thread-safe. Commands to the card are serialised; the card's state changes (insert, remove, reader
 * loss) are checked before and after each command, so a card pulled during a slow command fails that
 * command with a {@code CardException}, as a real pull does.
 */
public final class SimulatedReader {
    /**
     * The PC/SC names SunPCSC puts in its messages for a pulled card and a vanished reader (pcsclite
     * {@code SCARD_W_REMOVED_CARD}, {@code SCARD_E_READER_UNAVAILABLE}), so clients classify the simulator's
     * failures exactly as a real reader's.
     */
    private static final String CARD_GONE = "SCARD_W_REMOVED_CARD";
    private static final String READER_GONE = "SCARD_E_READER_UNAVAILABLE";

    private final String name;
    private final ReaderEvents events;
    private final Runnable vanish;
    private final Object cardLock = new Object();
    private SimCard card;
    private long insertion;
    private boolean gone;
    private final ExclusiveAccess exclusive = new ExclusiveAccess();
    private SimulatedTerminal terminal;

    SimulatedReader(String name, ReaderEvents events, Runnable vanish) {
        this.name = name;
        this.events = events;
        this.vanish = vanish;
    }

    /** Returns the reader name that terminals report. */
    public String name() {
        return name;
    }

    /** Inserts a card; a card already present is swapped out (removal and insertion both happen). */
    public void insert(SimCard newCard) {
        synchronized (this) {
            if (gone) {
                throw new IllegalStateException("reader '" + name + "' was removed");
            }
            insertion += card == null ? 1 : 2;
            card = newCard;
            exclusive.clear();
        }
        events.changed();
    }

    /** Removes the card, if any; open connections to it fail from now on. */
    public void remove() {
        synchronized (this) {
            if (card == null) {
                return;
            }
            card = null;
            insertion++;
            exclusive.clear();
        }
        events.changed();
    }

    /** Returns the card in the reader, if any. */
    public synchronized Optional<SimCard> card() {
        return Optional.ofNullable(card);
    }

    /**
     * Injects faults into the card in the reader from the next command on, without re-inserting it.
     *
     * <p>Wraps the card in a {@link FaultyCard}, or re-arms the one already there; commands count from 1.
     *
     * @throws IllegalStateException when the reader is empty
     */
    public synchronized void injectFaults(FaultPlan plan) {
        if (card == null) {
            throw new IllegalStateException("no card in reader '" + name + "'");
        }
        if (card instanceof FaultyCard faulty) {
            faulty.arm(plan);
        } else {
            card = new FaultyCard(card, plan);
        }
    }

    /** Returns the one terminal object of this reader, shared by every factory as SunPCSC shares its own. */
    synchronized SimulatedTerminal terminal() {
        if (terminal == null) {
            terminal = new SimulatedTerminal(this, events);
        }
        return terminal;
    }

    synchronized void markGone() {
        gone = true;
        card = null;
        insertion++;
        exclusive.clear();
    }

    synchronized boolean isGone() {
        return gone;
    }

    synchronized boolean isPresent() {
        return card != null;
    }

    /** Returns the insertion counter if a card is present, else its negation minus one (one consistent read). */
    synchronized long stateKey() {
        return card != null ? insertion : -insertion - 1;
    }

    /** Returns the insertion counter: it moves whenever a card comes or goes. */
    synchronized long insertion() {
        return insertion;
    }

    synchronized SimCard cardFor(long expectedInsertion) throws CardException {
        if (gone) {
            throw new CardException(READER_GONE + ": reader '" + name + "' is no longer available");
        }
        if (card == null || insertion != expectedInsertion) {
            throw new CardException(CARD_GONE + ": card removed from reader '" + name + "'");
        }
        exclusive.check();
        return card;
    }

    synchronized void beginExclusive(long expectedInsertion) throws CardException {
        cardFor(expectedInsertion);
        exclusive.begin();
    }

    synchronized void endExclusive(long expectedInsertion) throws CardException {
        cardFor(expectedInsertion);
        exclusive.end();
    }

    synchronized void releaseExclusive() {
        exclusive.releaseIfHeld();
    }

    /** Sends one command to the card of the given insertion; a card that left meanwhile fails the command. */
    byte[] transmit(long expectedInsertion, byte[] command) throws CardException {
        synchronized (cardLock) {
            SimCard target = cardFor(expectedInsertion);
            byte[] response;
            try {
                response = target.transmit(command);
            } catch (PhysicalFault f) {
                throw physical(f, expectedInsertion);
            } catch (RuntimeException e) {
                throw new CardException("simulated card failed: " + e.getClass().getSimpleName());
            }
            cardFor(expectedInsertion);
            if (response == null || response.length < 2) {
                throw new CardException("card answered fewer than 2 bytes");
            }
            return response;
        }
    }

    /** Resets the card of the given insertion, if it is still there (a disconnect with reset). */
    void reset(long expectedInsertion) throws CardException {
        synchronized (cardLock) {
            cardFor(expectedInsertion).reset();
        }
    }

    private CardException physical(PhysicalFault f, long expectedInsertion) {
        if (f.kind() == PhysicalFault.Kind.READER_VANISHED) {
            vanish.run();
            return new CardException(READER_GONE + ": reader '" + name + "' is no longer available");
        }
        synchronized (this) {
            if (insertion == expectedInsertion) {
                remove();
            }
        }
        return new CardException(CARD_GONE + ": card removed from reader '" + name + "'");
    }

    @Override
    public String toString() {
        return "SimulatedReader[" + name + "]";
    }
}
