package dev.mynumber.agent.pcsc;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.apdu.ApduException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.smartcardio.CardTerminal;

/**
 * One reader: its own single thread for all card I/O, one operation at a time, a reset after each.
 *
 * <p>Every operation connects, runs, and disconnects with {@code disconnect(true)} (SCARD_RESET_CARD), so
 * no request finds a PIN verified by another (product.md: no riding on another's security state).
 */
public final class ReaderSlot {
    private static final int DETECT_ATTEMPTS = 10;
    private static final long DETECT_RETRY_MILLIS = 100;
    private final String name;
    private final String id;
    private final CardTerminal terminal;
    private final boolean simulated;
    private final CardConnection connection;
    private final ExecutorService thread;
    private final Semaphore permit = new Semaphore(1, true);
    private volatile boolean cardPresent;
    private volatile CardType cardType = CardType.UNKNOWN;

    ReaderSlot(CardTerminal terminal, String id, boolean simulated, TransportFactory transports) {
        this.name = terminal.getName();
        this.id = id;
        this.terminal = terminal;
        this.simulated = simulated;
        this.connection = new CardConnection(terminal, transports);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reader-" + id);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The slug of a reader name: lower case, runs of other characters as one dash. A reader's id is this
     * slug unless another attached reader has it already ({@link ReaderManager} then adds a suffix).
     */
    public static String idOf(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Runs work with the card on this reader's thread, then resets the card.
     *
     * @param work the card work
     * @param busyWait how long to wait for a running operation before BUSY
     * @param timeout how long the work may take before TIMEOUT
     * @return the work's result
     * @throws ApduException a card error from the work
     */
    public <T> T withCard(CardWork<T> work, Duration busyWait, Duration timeout) throws ApduException {
        acquire(busyWait);
        Cancellation cancellation = new Cancellation();
        Future<T> future;
        try {
            future = thread.submit(released(() -> connection.run(work, cancellation)));
        } catch (RejectedExecutionException e) {
            permit.release();
            throw new AgentException(AgentCode.NO_READER, "the reader was detached");
        }
        return await(future, timeout, cancellation);
    }

    /**
     * Detects the card type in the background if the reader is free; the poll thread never blocks.
     *
     * @return false if the reader was busy (the type stays UNKNOWN and {@code then} is not run)
     */
    boolean detectAsync(CardTypeDetector detector, Runnable then) {
        if (!permit.tryAcquire()) {
            return false;
        }
        try {
            thread.submit(released(() -> {
                cardType = detectSettled(detector);
                then.run();
                return null;
            }));
            return true;
        } catch (RejectedExecutionException e) {
            permit.release();
            return false;
        }
    }

    /**
     * Detects the type, retrying a few times while the card is still powering up: pcscd may report a card
     * present a moment before SCardConnect succeeds (seen with vpcd on insertion).
     */
    private CardType detectSettled(CardTypeDetector detector) throws ApduException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return onCard(detector::detect);
            } catch (AgentException e) {
                if (attempt == DETECT_ATTEMPTS || !cardPresent) {
                    return CardType.UNKNOWN; // pulled at once, or never connectable: the event still goes out
                }
                Thread.sleep(DETECT_RETRY_MILLIS);
            }
        }
    }

    private void acquire(Duration busyWait) {
        try {
            if (!permit.tryAcquire(busyWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AgentException(AgentCode.BUSY, "the reader is busy with another operation");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentException(AgentCode.BUSY, "interrupted while waiting for the reader");
        }
    }

    private <T> Callable<T> released(Callable<T> task) {
        return () -> {
            try {
                return task.call();
            } finally {
                permit.release();
            }
        };
    }

    /** Waits for the result; on a timeout the operation is cancelled before its next APDU. */
    private <T> T await(Future<T> future, Duration timeout, Cancellation cancellation) throws ApduException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancellation.cancel();
            future.cancel(true);
            throw new AgentException(AgentCode.TIMEOUT, "the card operation timed out");
        } catch (InterruptedException e) {
            cancellation.cancel();
            Thread.currentThread().interrupt();
            throw new AgentException(AgentCode.TIMEOUT, "interrupted while waiting for the card");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ApduException apdu) {
                throw apdu;
            }
            if (cause instanceof AgentException agent) {
                throw agent;
            }
            throw new AgentException(AgentCode.INTERNAL, "the card operation failed", cause);
        }
    }

    private <T> T onCard(CardWork<T> work) throws ApduException {
        return connection.run(work, new Cancellation());
    }

    /** Stops the thread (reader detached). */
    void close() {
        thread.shutdownNow();
    }

    /** The reader name. */
    public String name() {
        return name;
    }

    /** The URL-friendly id. */
    public String id() {
        return id;
    }

    CardTerminal terminal() {
        return terminal;
    }

    boolean cardPresent() {
        return cardPresent;
    }

    void cardPresent(boolean present) {
        this.cardPresent = present;
        if (!present) {
            cardType = CardType.UNKNOWN;
        }
    }

    CardType cardType() {
        return cardType;
    }

    /** The state the API shows. */
    public ReaderView view() {
        return new ReaderView(id, name, cardPresent, cardPresent ? cardType : null,
                permit.availablePermits() == 0, simulated);
    }
}
