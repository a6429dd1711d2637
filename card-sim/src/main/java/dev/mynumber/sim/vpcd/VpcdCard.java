package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.PhysicalFault;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Puts a simulated card into a pcscd virtual reader by acting as the card side of vpcd
 * (vsmartcard's virtual PC/SC driver), so any PC/SC program sees it as a real card.
 *
 * <pre>{@code
 * try (VpcdCard bridge = new VpcdCard("127.0.0.1", 35963, SimulatedCards.create("adult"))) {
 *     bridge.start();   // reader "Virtual PCD 00 00" now holds the card
 * }
 * }</pre>
 *
 * <p>Protocol (shared/tooling.md): 2-byte length + payload both ways; a 1-byte payload is a control
 * message ({@code 00} power off, {@code 01} power on, {@code 02} reset: no reply; {@code 04} get ATR);
 * anything longer is an APDU. The bridge is connected exactly while a card is in the reader: removal closes
 * the connection (see {@link VpcdSession}), insertion opens one, retrying every {@value #RETRY_MILLIS} ms
 * while vpcd is not there.
 * An injected reader loss ({@link PhysicalFault.Kind#READER_VANISHED}) closes the connection for good;
 * vpcd's reader itself stays in pcscd, empty.
 */
public final class VpcdCard implements AutoCloseable {
    static final int RETRY_MILLIS = VpcdBridgeLoop.RETRY_MILLIS;
    private final String host;
    private final int port;
    private final VpcdSlot slot;
    private final VpcdSession session;
    private final VpcdBridgeLoop loop;
    private Thread thread;

    /** Creates a bridge holding {@code card} (null: the reader starts empty); call {@link #start()}. */
    public VpcdCard(String host, int port, SimCard card) {
        this.host = host;
        this.port = port;
        this.slot = new VpcdSlot(card);
        this.session = new VpcdSession();
        this.loop = new VpcdBridgeLoop(host, port, slot, session);
    }

    /** Sets a sink for one-line status messages (connected, disconnected, waiting); never card data. */
    public void onStatus(Consumer<String> sink) {
        loop.onStatus(sink);
    }

    /** Starts the bridge thread, which connects to vpcd (retrying until it is there) and serves it. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(loop, "vpcd-" + host + ":" + port);
        thread.setDaemon(true);
        thread.start();
    }

    /** Inserts a card; over a present card pcscd first sees it leave, then the new one arrive. */
    public void insert(SimCard card) {
        SimCard old = slot.insert(card);
        if (old != null) {
            session.disconnect(old);
        }
    }

    /** Removes the card; pcscd notices at its next poll (0.3-0.4 s). */
    public void remove() {
        SimCard old = slot.remove();
        if (old != null) {
            session.disconnect(old);
        }
    }

    /** Returns the card in the reader, if any. */
    public Optional<SimCard> card() {
        return Optional.ofNullable(slot.card());
    }

    /** Tells whether the bridge is connected to vpcd now. */
    public boolean isConnected() {
        return session.isConnected();
    }

    /** Waits until the bridge is connected to vpcd; returns false on timeout. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return session.awaitConnected(timeout);
    }

    /** Stops the bridge and closes the connection: pcscd sees the card leave. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            loop.stop();
            t = thread;
        }
        session.disconnect(null);
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
