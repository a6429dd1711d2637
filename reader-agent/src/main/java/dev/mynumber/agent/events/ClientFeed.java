package dev.mynumber.agent.events;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One event-stream client's bounded queue and its own sender thread, so a client that stops reading
 * never blocks the publisher (a reader thread or the hot-plug poll) nor any other client.
 *
 * <p>{@link #offer(AgentEvent)} never blocks: when the queue is full the client is too slow and is
 * closed (an EventSource reconnects and starts from the current state). Only the sender thread writes
 * to the client; a write stuck on a full socket holds that thread alone until the server's idle timeout.
 */
public final class ClientFeed {
    /** Events a client may be behind before it is dropped. */
    public static final int DEFAULT_CAPACITY = 256;
    private static final Logger LOG = LoggerFactory.getLogger(ClientFeed.class);
    /** How long a client may go without a write: a heartbeat then finds connections that went away. */
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static final long IDLE_POLL_MILLIS = 500;
    private final BlockingQueue<AgentEvent> queue;
    private final Consumer<AgentEvent> sink;
    private final Runnable heartbeat;
    private final BooleanSupplier gone;
    private final Runnable close;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the feed and starts its sender thread.
     *
     * @param capacity events it may hold before the client is dropped
     * @param sink writes one event to the client (called on the sender thread only)
     * @param heartbeat writes a comment when the client had nothing for a while (sender thread only), so a
     *     connection that went away is noticed and its feed ends
     * @param gone whether the client went away (a failed write closes it); the feed then ends at once
     * @param close closes the client; called once, from whichever thread drops it
     * @param name the sender thread's name
     */
    public ClientFeed(int capacity, Consumer<AgentEvent> sink, Runnable heartbeat, BooleanSupplier gone,
            Runnable close, String name) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sink = sink;
        this.heartbeat = heartbeat;
        this.gone = gone;
        this.close = close;
        Thread sender = new Thread(this::send, name);
        sender.setDaemon(true);
        sender.start();
    }

    /** Queues an event without blocking; a full queue drops the client. */
    public void offer(AgentEvent event) {
        if (closed.get()) {
            return;
        }
        if (!queue.offer(event)) {
            LOG.info("event-stream client too slow ({} events behind); closing it", queue.size());
            close();
        }
    }

    /** Stops the feed and closes the client (idempotent). */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            close.run();
        }
    }

    /** Whether the feed was closed. */
    public boolean closed() {
        return closed.get();
    }

    private void send() {
        try {
            long lastWrite = System.nanoTime();
            while (!closed.get()) {
                AgentEvent event = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (closed.get() || gone.getAsBoolean()) {
                    break; // never write again to a client that went away: each write would fail and log
                }
                if (event != null) {
                    sink.accept(event);
                    lastWrite = System.nanoTime();
                } else if (System.nanoTime() - lastWrite > HEARTBEAT_NANOS) {
                    heartbeat.run();
                    lastWrite = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("event-stream client failed: {}", e.toString());
        }
        close();
    }
}
