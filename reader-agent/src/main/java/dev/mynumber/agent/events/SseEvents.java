package dev.mynumber.agent.events;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Streams the bus to one SSE client until it disconnects (handler for {@code GET /api/v1/events}).
 *
 * <p>Each client gets a {@link ClientFeed}: the bus only queues (never writes from a reader thread), and a
 * client that falls {@link ClientFeed#DEFAULT_CAPACITY} events behind is closed.
 */
public final class SseEvents {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final EventBus bus;
    private final int capacity;

    /**
     * Creates the handler.
     *
     * @param bus the event source
     */
    public SseEvents(EventBus bus) {
        this(bus, ClientFeed.DEFAULT_CAPACITY);
    }

    /**
     * Creates the handler with a queue capacity per client.
     *
     * @param bus the event source
     * @param capacity events a client may be behind before it is dropped
     */
    public SseEvents(EventBus bus, int capacity) {
        this.bus = bus;
        this.capacity = capacity;
    }

    /** Serves one client: a {@code hello} event, then every bus event, until the client goes. */
    public void accept(SseClient client) {
        client.keepAlive();
        Runnable[] unsubscribe = {() -> {}};
        ClientFeed feed = new ClientFeed(capacity, event -> client.sendEvent(event.type(), event.data()),
                () -> client.sendComment("keep-alive"), () -> !alive(client), () -> {
                    unsubscribe[0].run();
                    if (alive(client)) {
                        client.close();
                    }
                }, "sse-" + CLIENTS.incrementAndGet());
        unsubscribe[0] = bus.subscribe(feed::offer);
        client.onClose(feed::close);
        feed.offer(new AgentEvent("hello", Map.of("stream", "mynumber-agent")));
    }

    /**
     * Whether the client's request is still open: not closed, and not recycled by the server (after the
     * server stopped or the connection died a write would only fail inside the web framework, and log).
     */
    private static boolean alive(SseClient client) {
        try {
            return !client.terminated() && client.ctx().req().isAsyncStarted();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
