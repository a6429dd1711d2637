package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;
import java.util.function.BooleanSupplier;

/** What the vpcd reader slot holds: a card or nothing. Thread-safe; the bridge thread waits on it. */
final class VpcdSlot {
    private SimCard card;

    VpcdSlot(SimCard card) {
        this.card = card;
    }

    synchronized SimCard card() {
        return card;
    }

    /** Puts a card in (replacing any) and wakes the bridge thread; returns the card it replaced. */
    synchronized SimCard insert(SimCard newCard) {
        SimCard old = card;
        card = newCard;
        notifyAll();
        return old;
    }

    /** Empties the slot; returns the card that was in it. */
    synchronized SimCard remove() {
        SimCard old = card;
        card = null;
        notifyAll();
        return old;
    }

    /** Removes the card only if it is still this one (an injected removal racing a swap). */
    synchronized void removeIf(SimCard expected) {
        if (card == expected) {
            card = null;
        }
    }

    /** Wakes the bridge thread without a change (used when stopping). */
    synchronized void poke() {
        notifyAll();
    }

    /** Waits until a card is in the slot or {@code running} turns false; returns the card or null. */
    synchronized SimCard awaitCard(BooleanSupplier running) throws InterruptedException {
        while (card == null && running.getAsBoolean()) {
            wait(1000);
        }
        return card;
    }
}
