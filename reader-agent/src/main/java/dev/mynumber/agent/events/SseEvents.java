package dev.mynumber.agent.events;

import io.javalin.http.sse.SseClient;
import java.util.Map;

/** Streams the bus to one SSE client until it disconnects (handler for {@code GET /api/v1/events}). */
public final class SseEvents {
    private final EventBus bus;

    /**
     * Creates the handler.
     *
     * @param bus the event source
     */
    public SseEvents(EventBus bus) {
        this.bus = bus;
    }

    /** Serves one client: a {@code hello} event, then every bus event, until the client goes. */
    public void accept(SseClient client) {
        client.keepAlive();
        Runnable unsubscribe = bus.subscribe(event -> {
            if (!client.terminated()) {
                client.sendEvent(event.type(), event.data());
            }
        });
        client.onClose(unsubscribe);
        client.sendEvent("hello", Map.of("stream", "mynumber-agent"));
    }
}
