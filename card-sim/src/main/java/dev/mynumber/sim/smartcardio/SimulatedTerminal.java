package dev.mynumber.sim.smartcardio;

import java.util.Locale;
import java.util.Set;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * The javax.smartcardio face of one {@link SimulatedReader}.
 *
 * <p>Like SunPCSC, {@link #connect(String)} returns the same {@code Card} while it stays valid; the
 * protocol must be one the card's ATR offers ({@code "*"} picks T=1 when offered). Direct mode and
 * contactless-only protocols are refused.
 */
final class SimulatedTerminal extends CardTerminal {
    private static final Set<String> KNOWN = Set.of("*", "T=0", "T=1", "T=CL", "DIRECT");
    private final SimulatedReader reader;
    private final ReaderEvents events;
    private SimulatedCardConnection connection;

    SimulatedTerminal(SimulatedReader reader, ReaderEvents events) {
        this.reader = reader;
        this.events = events;
    }

    @Override
    public String getName() {
        return reader.name();
    }

    @Override
    public synchronized Card connect(String protocol) throws CardException {
        String wanted = protocol.toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(wanted)) {
            throw new IllegalArgumentException("Unsupported protocol " + protocol);
        }
        if (wanted.equals("DIRECT")) {
            throw new CardException("direct mode is not supported by the simulated reader");
        }
        if (connection != null && connection.isValid()) {
            if (wanted.equals("*") || wanted.equals(connection.getProtocol())) {
                return connection;
            }
            throw new CardException("Cannot connect using " + protocol + ", connection already established using "
                    + connection.getProtocol());
        }
        connection = open(wanted);
        return connection;
    }

    private SimulatedCardConnection open(String wanted) throws CardException {
        if (reader.isGone()) {
            throw new CardException("reader '" + reader.name() + "' is no longer available");
        }
        if (!reader.isPresent()) {
            throw new CardNotPresentException("no card in reader '" + reader.name() + "'");
        }
        long insertion = reader.insertion();
        byte[] atr = reader.cardFor(insertion).atr();
        Set<String> offered = AtrProtocols.of(atr);
        String chosen = wanted.equals("*") ? (offered.contains("T=1") ? "T=1" : "T=0") : wanted;
        if (!offered.contains(chosen)) {
            throw new CardException("the card does not offer " + chosen + " (its ATR offers " + offered + ")");
        }
        return new SimulatedCardConnection(reader, insertion, atr, chosen);
    }

    @Override
    public boolean isCardPresent() throws CardException {
        return reader.isPresent();
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean present, long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        long seen = events.version();
        while (reader.isPresent() != present) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (timeout != 0 && left <= 0) {
                return false;
            }
            try {
                seen = events.awaitChange(seen, timeout == 0 ? 0 : left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("interrupted while waiting for the card", e);
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SimulatedTerminal[" + reader.name() + "]";
    }
}
