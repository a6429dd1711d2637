package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.PhysicalFault;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Serves one vpcd connection at a time: control messages, ATR polls and APDUs. */
final class VpcdSession {
    private static final byte POWER_OFF = 0x00;
    private static final byte POWER_ON = 0x01;
    private static final byte RESET = 0x02;
    private static final byte GET_ATR = 0x04;
    private static final byte[] NO_CARD = new byte[0];
    /** ISO/IEC 7816-4 SW 6F00, "no precise diagnosis". */
    private static final byte[] NO_PRECISE_DIAGNOSIS = {0x6F, 0x00};
    private final VpcdSlot slot;
    private VpcdConnection current;

    VpcdSession(VpcdSlot slot) {
        this.slot = slot;
    }

    /**
     * Answers vpcd until the connection ends; returns false when an injected reader loss ended it.
     */
    boolean serve(VpcdConnection c, BooleanSupplier running) throws IOException {
        synchronized (this) {
            current = c;
            notifyAll();
        }
        try {
            while (running.getAsBoolean()) {
                byte[] message = c.read();
                if (!answer(c, message)) {
                    return false;
                }
            }
            return true;
        } catch (EOFException e) {
            return true;
        } finally {
            synchronized (this) {
                current = null;
            }
        }
    }

    private boolean answer(VpcdConnection c, byte[] message) throws IOException {
        if (message.length == 1) {
            control(c, message[0]);
            return true;
        }
        SimCard card = slot.card();
        if (card == null || message.length == 0) {
            c.write(NO_CARD);
            return true;
        }
        try {
            c.write(card.transmit(message));
        } catch (PhysicalFault f) {
            if (f.kind() == PhysicalFault.Kind.READER_VANISHED) {
                return false;
            }
            slot.removeIf(card);
            c.write(NO_CARD);
        } catch (RuntimeException e) {
            c.write(NO_PRECISE_DIAGNOSIS.clone()); // a simulator bug must not take the reader down
        }
        return true;
    }

    private void control(VpcdConnection c, byte code) throws IOException {
        SimCard card = slot.card();
        switch (code) {
            case POWER_ON, RESET -> {
                if (card != null) {
                    card.reset();
                }
            }
            case GET_ATR -> {
                c.write(card == null ? NO_CARD : card.atr());
                if (card == null) {
                    slot.promotePending();
                }
            }
            case POWER_OFF -> { }
            default -> { } // unknown control codes are ignored, as vpcd's own reference cards do
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

    /** Closes the current connection, if any, which ends {@link #serve}. */
    void disconnect() {
        VpcdConnection c;
        synchronized (this) {
            c = current;
        }
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing is best effort; the bridge thread ends either way
            }
        }
    }
}
