package dev.mynumber.sim.variant;

import dev.mynumber.sim.SimCard;

/**
 * A reader variant: sits between the card and the PC/SC client and changes only what {@link #transmit} passes
 * on; the ATR and resets are the card's.
 */
abstract class ReaderDecorator implements SimCard {
    /** The card behind the reader. */
    protected final SimCard card;

    ReaderDecorator(SimCard card) {
        this.card = card;
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public void reset() {
        card.reset();
    }
}
