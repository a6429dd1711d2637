package dev.mynumber.sim.vpcd;

import dev.mynumber.sim.SimCard;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The bridge thread of a {@link VpcdCard}: waits for a card, connects to vpcd, serves the session, and
 * starts over after a removal, a swap or a lost connection.
 */
final class VpcdBridgeLoop implements Runnable {
    static final int RETRY_MILLIS = 250;
    /** Longer than two of pcscd's presence polls (0.3-0.4 s apart), so a swap always shows an empty slot. */
    static final int SWAP_GAP_MILLIS = 1000;
    private final String host;
    private final int port;
    private final VpcdSlot slot;
    private final VpcdSession session;
    private volatile Consumer<String> status = s -> {};
    private volatile boolean running = true;
    private long lastClose = System.nanoTime() - SWAP_GAP_MILLIS * 1_000_000L;

    VpcdBridgeLoop(String host, int port, VpcdSlot slot, VpcdSession session) {
        this.host = host;
        this.port = port;
        this.slot = slot;
        this.session = session;
    }

    void onStatus(Consumer<String> sink) {
        this.status = sink;
    }

    /** Makes the loop end at its next step; the caller closes the connection to end a session at once. */
    void stop() {
        running = false;
        slot.poke();
    }

    @Override
    public void run() {
        boolean waitingReported = false;
        while (running) {
            SimCard card = awaitCard();
            if (card == null) {
                return;
            }
            // After a removal, stay out long enough for pcscd's presence poll to see the slot empty, or a
            // quick swap or re-insertion would look to pcscd as if the first card never left.
            pause(SWAP_GAP_MILLIS - (System.nanoTime() - lastClose) / 1_000_000L);
            VpcdConnection c;
            try {
                c = VpcdConnection.open(host, port, 1000);
            } catch (IOException e) {
                if (running && !waitingReported) {
                    status.accept("waiting for vpcd at " + host + ":" + port + " (" + e.getMessage() + ")");
                    waitingReported = true;
                }
                pause(RETRY_MILLIS);
                continue;
            }
            waitingReported = false;
            status.accept("connected to vpcd at " + host + ":" + port);
            VpcdSession.End end = serve(c, card);
            lastClose = System.nanoTime();
            if (!after(end, card)) {
                return;
            }
        }
    }

    private VpcdSession.End serve(VpcdConnection c, SimCard card) {
        try (c) {
            VpcdSession.End end = session.serve(c, card, () -> running && slot.card() == card);
            if (end == VpcdSession.End.CARD_REMOVED) {
                slot.removeIf(card); // before the connection closes, so no one sees the card still there
            }
            return end;
        } catch (IOException e) {
            return VpcdSession.End.CLOSED; // closed under us: by remove(), insert(), close() or vpcd
        }
    }

    /** Acts on how a session ended; returns false when the bridge must stop. */
    private boolean after(VpcdSession.End end, SimCard card) {
        switch (end) {
            case READER_VANISHED -> {
                status.accept("reader vanished (injected fault): disconnected from vpcd for good");
                running = false;
                return false;
            }
            case CARD_REMOVED -> {
                status.accept("card removed (injected fault)");
            }
            case CLOSED -> {
                if (running && slot.card() == card) {
                    status.accept("vpcd closed the connection; reconnecting");
                    pause(RETRY_MILLIS);
                }
            }
        }
        return true;
    }

    private SimCard awaitCard() {
        try {
            return slot.awaitCard(() -> running);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
