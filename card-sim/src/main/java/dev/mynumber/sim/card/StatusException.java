package dev.mynumber.sim.card;

/**
 * Ends a command with a status word other than {@code 9000}; the dispatcher turns it into the response.
 *
 * <p>It carries no stack trace: it is control flow, thrown on every refused command.
 */
final class StatusException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int sw;

    StatusException(int sw) {
        super(String.format("SW %04X", sw), null, false, false);
        this.sw = sw;
    }

    /** Returns the status word to answer. */
    int sw() {
        return sw;
    }
}
