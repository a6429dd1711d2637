package dev.mynumber.agent.support;

import dev.mynumber.sim.SimCard;
import java.util.concurrent.atomic.AtomicInteger;

/** A card that is not a My Number card: it answers 6A82 (not found) to everything and counts commands. */
public final class ForeignCard implements SimCard {
    private final AtomicInteger commands = new AtomicInteger();

    @Override
    public byte[] atr() {
        return new byte[] {0x3B, 0x00};
    }

    @Override
    public byte[] transmit(byte[] command) {
        commands.incrementAndGet();
        return new byte[] {0x6A, (byte) 0x82};
    }

    @Override
    public void reset() {
    }

    /** Commands received so far. */
    public int commands() {
        return commands.get();
    }
}
