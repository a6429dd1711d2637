package dev.mynumber.agent.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client's feed never blocks the publisher; a client too far behind is closed, once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientFeedTest {
    private static AgentEvent event(int n) {
        return new AgentEvent("progress", Map.of("n", n));
    }

    @Test
    void aStuckClientIsClosedWhenItsQueueIsFullAndThePublisherNeverWaits() throws Exception {
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        AtomicInteger closes = new AtomicInteger();
        ClientFeed feed = new ClientFeed(4, e -> {
            writing.countDown();
            try {
                stuck.await(); // a socket write that never completes
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }, () -> {}, () -> false, closes::incrementAndGet, "test-feed");
        feed.offer(event(0));
        assertTrue(writing.await(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        for (int i = 1; i <= 100; i++) {
            feed.offer(event(i));
        }
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "offers must not block");
        assertTrue(feed.closed());
        assertEquals(1, closes.get());
        stuck.countDown();
    }

    @Test
    void aReadingClientGetsEveryEventInOrder() throws Exception {
        List<AgentEvent> got = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(50);
        ClientFeed feed = new ClientFeed(64, e -> {
            got.add(e);
            all.countDown();
        }, () -> {}, () -> false, () -> {}, "test-feed");
        for (int i = 0; i < 50; i++) {
            feed.offer(event(i));
        }
        assertTrue(all.await(5, TimeUnit.SECONDS));
        assertEquals(49, got.get(49).data().get("n"));
        assertFalse(feed.closed());
        feed.close();
    }
}
