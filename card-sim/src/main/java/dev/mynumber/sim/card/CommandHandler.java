package dev.mynumber.sim.card;

/**
 * Executes one instruction against the card state.
 */
interface CommandHandler {

    /**
     * Runs the command.
     *
     * @return the response data for status {@code 9000} (empty when there is none)
     * @throws StatusException for any other status word
     */
    byte[] handle(CommandApdu apdu) throws StatusException;
}
