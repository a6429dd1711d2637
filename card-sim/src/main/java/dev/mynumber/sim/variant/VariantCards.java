package dev.mynumber.sim.variant;

import dev.mynumber.sim.SimCard;

/**
 * Puts a simulated card behind the reader variants ({@link Variant.Layer#READER}) chosen: bytes-level
 * decorators between the card and the PC/SC client, outermost first {@code short-apdu}, {@code get-response},
 * {@code wrong-le}.
 */
public final class VariantCards {
    private VariantCards() {
    }

    /** Returns the card as seen through the chosen reader variants (the card itself when there is none). */
    public static SimCard behindReader(SimCard card, Variants variants) {
        SimCard seen = card;
        if (variants.has(Variant.WRONG_LE)) {
            seen = new WrongLeReader(seen);
        }
        if (variants.has(Variant.GET_RESPONSE)) {
            seen = new GetResponseReader(seen);
        }
        if (variants.has(Variant.SHORT_APDU)) {
            seen = new ShortApduReader(seen);
        }
        return seen;
    }
}
