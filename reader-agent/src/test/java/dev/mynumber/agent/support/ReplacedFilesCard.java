package dev.mynumber.agent.support;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardFile;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A simulated card that answers READ BINARY of some files from other bytes of the same length, every other
 * answer being the card's own: a card issued differently (another issuer key, another generation) or a forged
 * one. It follows SELECT by DF name, SELECT of an EF and READ BINARY by short EF id, so any chunking works.
 */
public final class ReplacedFilesCard implements SimCard {
    private static final int SELECT = 0xA4;
    private static final int READ_BINARY = 0xB0;
    private final SimCard card;
    private final Map<CardFile, byte[]> replaced;
    private byte[] currentAid = new byte[0];
    private CardFile current;

    /**
     * Wraps a card.
     *
     * @param card the genuine card
     * @param replaced the files to answer from other bytes (each exactly as long as the card's file)
     */
    public ReplacedFilesCard(SimCard card, Map<CardFile, byte[]> replaced) {
        this.card = card;
        this.replaced = new EnumMap<>(CardFile.class);
        this.replaced.putAll(replaced);
    }

    @Override
    public byte[] atr() {
        return card.atr();
    }

    @Override
    public byte[] transmit(byte[] command) {
        track(command);
        byte[] response = card.transmit(command);
        byte[] file = current == null ? null : replaced.get(current);
        boolean ok = response.length >= 2 && response[response.length - 2] == (byte) 0x90
                && response[response.length - 1] == 0;
        if ((command[1] & 0xFF) != READ_BINARY || !ok || file == null) {
            return response;
        }
        int offset = (command[2] & 0x80) != 0 ? command[3] & 0xFF : ((command[2] & 0x7F) << 8) | (command[3] & 0xFF);
        byte[] out = Arrays.copyOfRange(file, offset, offset + response.length);
        out[out.length - 2] = (byte) 0x90;
        out[out.length - 1] = 0;
        return out;
    }

    @Override
    public void reset() {
        currentAid = new byte[0];
        current = null;
        card.reset();
    }

    private void track(byte[] command) {
        int ins = command[1] & 0xFF;
        if (ins == SELECT && command[2] == 0x04) {
            currentAid = Arrays.copyOfRange(command, 5, 5 + (command[4] & 0xFF));
            current = null;
        } else if (ins == SELECT && command[2] == 0x02) {
            current = file(((command[5] & 0xFF) << 8) | (command[6] & 0xFF));
        } else if (ins == READ_BINARY && (command[2] & 0x80) != 0) {
            current = file(command[2] & 0x1F);
        }
    }

    private CardFile file(int fileId) {
        for (CardFile f : CardFile.values()) {
            if (f.fileId() == fileId && Arrays.equals(f.application().aid(), currentAid)) {
                return f;
            }
        }
        return null;
    }
}
