package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;

/**
 * What the vpcd reader slot holds: the card, or nothing, plus a card waiting to go in after a swap.
 *
 * <p>pcscd only learns about cards by polling for the ATR, so a swap must show one empty poll between the
 * two cards or pcscd would never see the old card leave. Thread-safe.
 */
final class VpcdSlot {
    private SimCard card;
    private SimCard pending;

    VpcdSlot(SimCard card) {
        this.card = card;
    }

    synchronized SimCard card() {
        return card;
    }

    synchronized SimCard visible() {
        return card != null ? card : pending;
    }

    /** Inserts a card; over a present card it becomes pending until the next ATR poll has been answered. */
    synchronized void insert(SimCard newCard) {
        if (card == null) {
            card = newCard;
            pending = null;
        } else {
            card = null;
            pending = newCard;
        }
    }

    synchronized void remove() {
        card = null;
        pending = null;
    }

    /** Removes the card only if it is still this one (an injected removal racing a swap). */
    synchronized void removeIf(SimCard expected) {
        if (card == expected) {
            card = null;
        }
    }

    /** Called once an empty ATR poll was answered: the pending card goes in. */
    synchronized void promotePending() {
        if (card == null && pending != null) {
            card = pending;
            pending = null;
        }
    }
}
