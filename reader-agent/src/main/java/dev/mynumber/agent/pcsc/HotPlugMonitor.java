package dev.mynumber.agent.pcsc;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the readers on a timer so attach, detach, insert and removal are seen without a request.
 *
 * <p>Polling (rather than {@code waitForChange}) covers both sources the same way and survives a pcscd
 * that starts or stops; insert and removal show within one period (250 ms by default).
 */
public final class HotPlugMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HotPlugMonitor.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hot-plug");
        t.setDaemon(true);
        return t;
    });

    /**
     * Starts polling.
     *
     * @param readers the manager to poll
     * @param period the polling period
     */
    public HotPlugMonitor(ReaderManager readers, Duration period) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                readers.poll();
            } catch (RuntimeException e) {
                LOG.warn("reader poll failed: {}", e.toString());
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
