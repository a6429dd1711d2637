package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.PhysicalFault;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Serves one vpcd connection for one inserted card: control messages, ATR polls and APDUs.
 *
 * <p>The connection lives exactly as long as the card is in the reader: closing it is how removal is
 * shown. (An empty answer also means "no card" in the protocol, but Debian's vpcd 3.3 then stops polling
 * that connection, so pcscd would never see the card come back; closing is reliable.)
 */
final class VpcdSession {
    private static final byte POWER_OFF = 0x00;
    private static final byte POWER_ON = 0x01;
    private static final byte RESET = 0x02;
    private static final byte GET_ATR = 0x04;
    /** ISO/IEC 7816-4 SW 6F00, "no precise diagnosis". */
    private static final byte[] NO_PRECISE_DIAGNOSIS = {0x6F, 0x00};

    /** How a session ended. */
    enum End { CLOSED, CARD_REMOVED, READER_VANISHED }

    private VpcdConnection current;
    private SimCard currentCard;

    /** Answers vpcd for {@code card} until the connection closes or the card leaves. */
    End serve(VpcdConnection c, SimCard card, BooleanSupplier running) throws IOException {
        synchronized (this) {
            current = c;
            currentCard = card;
            notifyAll();
        }
        try {
            card.reset(); // a freshly inserted card starts from its power-on state
            End end = null;
            while (end == null && running.getAsBoolean()) {
                end = answer(c, card, c.read());
            }
            return end == null ? End.CLOSED : end;
        } catch (EOFException e) {
            return End.CLOSED;
        } finally {
            synchronized (this) {
                current = null;
                currentCard = null;
            }
        }
    }

    private End answer(VpcdConnection c, SimCard card, byte[] message) throws IOException {
        if (message.length == 1) {
            control(c, card, message[0]);
            return null;
        }
        try {
            c.write(card.transmit(message));
        } catch (PhysicalFault f) {
            return f.kind() == PhysicalFault.Kind.READER_VANISHED ? End.READER_VANISHED : End.CARD_REMOVED;
        } catch (RuntimeException e) {
            c.write(NO_PRECISE_DIAGNOSIS.clone()); // a simulator bug must not take the reader down
        }
        return null;
    }

    private static void control(VpcdConnection c, SimCard card, byte code) throws IOException {
        switch (code) {
            case POWER_ON, RESET -> card.reset();
            case GET_ATR -> c.write(card.atr());
            case POWER_OFF -> {}
            default -> {} // unknown control codes need no answer
        }
    }

    synchronized boolean isConnected() {
        return current != null;
    }

    synchronized boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (current == null) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    /**
     * Closes the current connection if it serves {@code card} (any card when null), which ends
     * {@link #serve}: pcscd sees the card leave. A session already serving a newer card is left alone.
     */
    void disconnect(SimCard card) {
        VpcdConnection c;
        synchronized (this) {
            c = card == null || card == currentCard ? current : null;
        }
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing is best effort; the bridge thread ends the session either way
            }
        }
    }
}
