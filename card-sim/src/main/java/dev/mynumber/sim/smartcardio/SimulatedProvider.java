package dev.mynumber.sim.smartcardio;

import java.security.Provider;
import java.util.List;
import java.util.Map;

/**
 * The JCA provider that makes {@code TerminalFactory.getInstance("SimulatedPCSC", readers, provider)} work.
 *
 * <p>Never registered globally: each {@link SimulatedReaders#terminalFactory()} passes one explicitly.
 */
final class SimulatedProvider extends Provider {

    SimulatedProvider() {
        super("MyNumberSimulator", "1.0", "Simulated PC/SC readers holding simulated My Number cards");
        putService(new FactoryService(this));
    }

    /** Creates the factory SPI with the {@link SimulatedReaders} passed as the getInstance parameter. */
    private static final class FactoryService extends Provider.Service {
        FactoryService(Provider p) {
            super(p, "TerminalFactory", SimulatedReaders.TYPE, SimulatedTerminalFactorySpi.class.getName(),
                    List.of(), Map.of());
        }

        @Override
        public Object newInstance(Object parameter) throws java.security.NoSuchAlgorithmException {
            if (!(parameter instanceof SimulatedReaders readers)) {
                throw new java.security.NoSuchAlgorithmException(
                        SimulatedReaders.TYPE + " needs a SimulatedReaders instance as its parameter");
            }
            return new SimulatedTerminalFactorySpi(readers);
        }
    }
}
