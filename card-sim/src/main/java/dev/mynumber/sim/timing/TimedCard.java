package dev.mynumber.sim.timing;

import dev.mynumber.sim.SimCard;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * A simulated card that answers no sooner than a real one would ({@link CardTimingProfile}): each command takes at
 * least its modelled time, counted from when it arrived, so the simulator's own work is part of it. Off unless a
 * benchmark or {@code vpcd --timing} wraps a card in it. Each instance counts what went through it.
 */
public final class TimedCard implements SimCard {
    /** PERFORM SECURITY OPERATION / JPKI COMPUTE DIGITAL SIGNATURE ({@code 80 2A}). */
    private static final int INS_SIGN = 0x2A;
    /** INTERNAL AUTHENTICATE ({@code 00 88}). */
    private static final int INS_INTERNAL_AUTHENTICATE = 0x88;
    private static final int SW_OK_HIGH = 0x90;
    private static final int HEADER = 4;

    private final SimCard card;
    private final CardTimingProfile profile;
    private final TimingStats stats;

    /**
     * Wraps a card, with its own counters.
     *
     * @param card the card that computes the answers
     * @param profile the time each answer takes
     */
    public TimedCard(SimCard card, CardTimingProfile profile) {
        this(card, profile, new TimingStats());
    }

    /**
     * Wraps a card, counting into counters shared with other cards (a benchmark's total).
     *
     * @param card the card that computes the answers
     * @param profile the time each answer takes
     * @param stats where to count
     */
    public TimedCard(SimCard card, CardTimingProfile profile, TimingStats stats) {
        this.card = Objects.requireNonNull(card, "card");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        long start = System.nanoTime();
        byte[] response = card.transmit(command);
        long modelled = profile.nanos(command.length + response.length, privateKey(command, response));
        stats.add(command.length, response.length, modelled);
        waitUntil(start + modelled);
        return response;
    }

    @Override
    public void reset() {
        card.reset();
    }

    /** What went through this card so far. */
    public TimingStats stats() {
        return stats;
    }

    /** The profile in use. */
    public CardTimingProfile profile() {
        return profile;
    }

    /** A signature or liveness challenge the card accepted: the RSA coprocessor ran. */
    private static boolean privateKey(byte[] command, byte[] response) {
        if (command.length < HEADER || response.length < 2) {
            return false;
        }
        int ins = command[1] & 0xFF;
        boolean signs = ins == INS_SIGN || ins == INS_INTERNAL_AUTHENTICATE;
        return signs && (response[response.length - 2] & 0xFF) == SW_OK_HIGH;
    }

    /** Parks (no CPU) until the deadline; a real card keeps the reader thread waiting the same way. */
    private static void waitUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
