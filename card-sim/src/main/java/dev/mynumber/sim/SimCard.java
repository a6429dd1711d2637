package dev.mynumber.sim;

/**
 * A simulated smart card seen as raw bytes: the one interface every plug-in (javax.smartcardio provider,
 * vpcd bridge, fault injector, APDU log) works against.
 *
 * <p>Implementations are stateful and not thread-safe; a reader serialises access to its card.
 */
public interface SimCard {

    /** Returns the answer-to-reset bytes of the card (a fresh copy). */
    byte[] atr();

    /**
     * Processes one command APDU and returns the response APDU (data followed by SW1 SW2).
     *
     * <p>Never throws for malformed input: a card answers every byte string with a status word.
     */
    byte[] transmit(byte[] command);

    /** Cold or warm reset: back to the power-on state, clearing every security status. */
    void reset();
}
