package dev.mynumber.sim.fault;

/**
 * Signals, from inside {@code SimCard.transmit}, that the card left the reader or the reader itself went.
 *
 * <p>Thrown by {@link FaultyCard} instead of answering; the reader layers (the javax.smartcardio provider
 * and the vpcd bridge) catch it and turn it into a removed card or a vanished reader, so callers see what
 * a real pull would show them (a {@code CardException}, an empty vpcd answer). It carries no card data.
 */
public final class PhysicalFault extends RuntimeException {
    /** What happened physically. */
    public enum Kind {
        /** The card was pulled out of the reader. */
        CARD_REMOVED,
        /** The reader was unplugged. */
        READER_VANISHED
    }

    private final Kind kind;

    /** Creates the signal for one physical event. */
    public PhysicalFault(Kind kind) {
        super(kind == Kind.CARD_REMOVED ? "card removed (injected fault)" : "reader vanished (injected fault)",
                null, false, false);
        this.kind = kind;
    }

    /** Returns what happened. */
    public Kind kind() {
        return kind;
    }
}
