package dev.mynumber.sim.smartcardio;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactorySpi;

/** The factory SPI: every call to {@code terminals()} gets its own event bookkeeping, as with SunPCSC. */
final class SimulatedTerminalFactorySpi extends TerminalFactorySpi {
    private final SimulatedReaders readers;

    SimulatedTerminalFactorySpi(SimulatedReaders readers) {
        this.readers = readers;
    }

    @Override
    protected CardTerminals engineTerminals() {
        return new SimulatedTerminals(readers);
    }
}
