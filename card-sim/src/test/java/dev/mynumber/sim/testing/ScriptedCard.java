package dev.mynumber.sim.testing;

import dev.mynumber.sim.SimCard;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny test-only card: answers commands from a hex script, {@code 6D00} to anything else, and records
 * what it received and how often it was reset.
 */
public final class ScriptedCard implements SimCard {
    /** The ATR of the real card [OSC-c]: T=1 only. */
    public static final String JPKI_ATR = "3BE000FF8131FE4514";
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private final byte[] atr;
    private final Map<String, String> script = new LinkedHashMap<>();
    private final List<String> received = new ArrayList<>();
    private int resets;

    /** Creates a card with the given ATR (hex). */
    public ScriptedCard(String atrHex) {
        this.atr = HEX.parseHex(atrHex);
    }

    /** Creates a card with the JPKI ATR. */
    public static ScriptedCard jpki() {
        return new ScriptedCard(JPKI_ATR);
    }

    /** Adds a scripted answer; returns this card. */
    public ScriptedCard on(String commandHex, String responseHex) {
        script.put(commandHex.toUpperCase(), responseHex.toUpperCase());
        return this;
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public synchronized byte[] transmit(byte[] command) {
        String c = HEX.formatHex(command);
        received.add(c);
        return HEX.parseHex(script.getOrDefault(c, "6D00"));
    }

    @Override
    public synchronized void reset() {
        resets++;
    }

    /** Returns the commands received so far, in hex. */
    public synchronized List<String> received() {
        return List.copyOf(received);
    }

    /** Returns how many times the card was reset. */
    public synchronized int resets() {
        return resets;
    }
}
