package dev.mynumber.agent.reliability;

import dev.mynumber.sim.SimCard;
import java.util.Arrays;
import java.util.Random;

/**
 * A simulated card whose file contents are damaged on the way out, from a seed: one READ BINARY answer of
 * the next operation gets a malformed TLV length, is cut short, gets a bad DER byte or trailing garbage.
 * Status words stay {@code 9000}: the card "believes" its file is fine, as with a damaged EEPROM.
 */
final class FuzzedCard implements SimCard {
    /** The kinds of damage, for the counts. */
    enum Damage { TLV_LENGTH, TRUNCATED, BAD_BYTE, TRAILING_GARBAGE }

    private static final int READ_BINARY = 0xB0;
    private static final int HEADER_BYTES = 8;
    private final SimCard card;
    private Random random;
    private int target = -1;
    private int reads;
    private Damage damage;

    FuzzedCard(SimCard card) {
        this.card = card;
    }

    /** Damages the {@code target}-th READ BINARY (from 0) of the next commands with this seed's damage. */
    synchronized Damage arm(long seed, int readsInOperation) {
        random = new Random(seed);
        target = random.nextInt(readsInOperation);
        damage = Damage.values()[random.nextInt(Damage.values().length)];
        reads = 0;
        return damage;
    }

    /** No damage from now on. */
    synchronized void disarm() {
        target = -1;
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public synchronized byte[] transmit(byte[] command) {
        byte[] response = card.transmit(command);
        boolean read = command.length >= 2 && (command[1] & 0xFF) == READ_BINARY && response.length > 2;
        if (!read || reads++ != target) {
            return response;
        }
        return damaged(Arrays.copyOf(response, response.length - 2), response);
    }

    private byte[] damaged(byte[] data, byte[] response) {
        byte[] out = switch (damage) {
            case TLV_LENGTH -> {
                int at = 1 + random.nextInt(Math.min(HEADER_BYTES, data.length));
                data[Math.min(at, data.length - 1)] = (byte) random.nextInt(256);
                yield data;
            }
            case TRUNCATED -> Arrays.copyOf(data, random.nextInt(data.length));
            case BAD_BYTE -> {
                data[random.nextInt(data.length)] ^= (byte) (1 + random.nextInt(255));
                yield data;
            }
            case TRAILING_GARBAGE -> {
                byte[] longer = Arrays.copyOf(data, data.length + 1 + random.nextInt(16));
                for (int i = data.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                yield longer;
            }
        };
        byte[] withSw = Arrays.copyOf(out, out.length + 2);
        withSw[out.length] = response[response.length - 2];
        withSw[out.length + 1] = response[response.length - 1];
        return withSw;
    }

    @Override
    public synchronized void reset() {
        card.reset();
    }
}
