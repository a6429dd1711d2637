package dev.mynumber.sim.fault;

import dev.mynumber.sim.SimCard;
import java.time.Duration;

/**
 * A {@link SimCard} decorator that applies a {@link FaultPlan} to the commands passing through it.
 *
 * <p>Commands are counted from 1 from the moment a plan is armed (construction or {@link #arm(FaultPlan)});
 * {@link #reset()} does not restart the count. Removal and reader loss are thrown as {@link PhysicalFault}
 * for the reader layer to act on. Thread-safe; a delay holds the card as a slow card would.
 */
public final class FaultyCard implements SimCard {
    private final SimCard card;
    private FaultPlan plan;
    private int count;

    /** Wraps a card with a fault plan. */
    public FaultyCard(SimCard card, FaultPlan plan) {
        this.card = card;
        this.plan = plan;
    }

    /** Replaces the plan at run time and restarts the command count at zero. */
    public synchronized void arm(FaultPlan newPlan) {
        this.plan = newPlan;
        this.count = 0;
    }

    /** Returns the card behind the faults. */
    public SimCard inner() {
        return card;
    }

    /** Returns how many commands arrived since the plan was armed. */
    public synchronized int commandCount() {
        return count;
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public synchronized byte[] transmit(byte[] command) {
        int n = ++count;
        byte[] response = null;
        for (Fault f : plan.faults()) {
            if (f instanceof Fault.VanishAt v && v.n() == n) {
                throw new PhysicalFault(PhysicalFault.Kind.READER_VANISHED);
            } else if (f instanceof Fault.RemoveAt r && r.n() == n) {
                throw new PhysicalFault(PhysicalFault.Kind.CARD_REMOVED);
            } else if (f instanceof Fault.StatusAt s && s.n() == n) {
                response = new byte[] {(byte) (s.sw() >> 8), (byte) s.sw()};
            }
        }
        if (response == null) {
            response = card.transmit(command).clone();
        }
        return afterwards(n, response);
    }

    private byte[] afterwards(int n, byte[] response) {
        Duration delay = Duration.ZERO;
        for (Fault f : plan.faults()) {
            if (f instanceof Fault.CorruptAt c && c.n() == n && response.length > 0) {
                response[Math.min(c.index(), response.length - 1)] ^= (byte) 0xFF;
            } else if (f instanceof Fault.DelayAll d) {
                delay = delay.plus(d.delay());
            } else if (f instanceof Fault.DelayAt d && d.n() == n) {
                delay = delay.plus(d.delay());
            }
        }
        sleep(delay);
        return response;
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void reset() {
        card.reset();
    }
}
