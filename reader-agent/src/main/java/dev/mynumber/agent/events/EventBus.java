package dev.mynumber.agent.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to subscribers (SSE clients, tests); a failing subscriber does not stop the others. */
public final class EventBus {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private final List<Consumer<AgentEvent>> subscribers = new CopyOnWriteArrayList<>();

    /**
     * Adds a subscriber.
     *
     * @param subscriber called on the publishing thread; must be quick
     * @return a handle that unsubscribes
     */
    public Runnable subscribe(Consumer<AgentEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Delivers an event to every subscriber. */
    public void publish(AgentEvent event) {
        LOG.debug("event {}", event.type());
        for (Consumer<AgentEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.debug("subscriber failed: {}", e.toString());
            }
        }
    }

    /** The number of subscribers (for tests and health). */
    public int subscriberCount() {
        return subscribers.size();
    }
}
