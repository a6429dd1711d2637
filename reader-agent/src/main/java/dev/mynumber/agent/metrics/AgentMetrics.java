package dev.mynumber.agent.metrics;

import dev.mynumber.agent.operation.OperationListener;
import dev.mynumber.agent.pcsc.ReaderManager;
import dev.mynumber.agent.pcsc.ReaderView;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The agent's metrics, served at {@code GET /metrics} in the Prometheus text format (docs/deployment.md).
 *
 * <p>Labels are stable operation names and outcome codes only: no reader name, no personal data.
 */
public final class AgentMetrics implements OperationListener {
    /** The Prometheus text exposition format's content type. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30)};
    private final ReaderManager readers;
    private final String version;
    private volatile PrometheusMeterRegistry registry;

    /**
     * Creates the metrics; the registry and its gauges are made at the first operation or scrape, so that the
     * agent's start does not load the metrics library (0.1-0.2 s, issue 17).
     *
     * @param readers the readers (counted at each scrape)
     * @param version the agent's version
     */
    public AgentMetrics(ReaderManager readers, String version) {
        this.readers = readers;
        this.version = version;
    }

    private PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry r = registry;
        if (r == null) {
            synchronized (this) {
                r = registry;
                if (r == null) {
                    r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
                    gauges(r);
                    registry = r;
                }
            }
        }
        return r;
    }

    private void gauges(PrometheusMeterRegistry registry) {
        Gauge.builder("mynumber.readers", readers, r -> r.readers().size())
                .description("Card readers attached").register(registry);
        Gauge.builder("mynumber.cards.present", readers,
                r -> r.readers().stream().filter(ReaderView::cardPresent).count())
                .description("Readers holding a card").register(registry);
        Gauge.builder("mynumber.pcsc.available", readers, r -> "available".equals(r.pcscState()) ? 1 : 0)
                .description("1 when pcscd answers, 0 when it is absent or PC/SC is disabled").register(registry);
        Gauge.builder("mynumber.agent.build", () -> 1).tag("version", version)
                .tag("java", System.getProperty("java.version")).description("The agent's build; always 1")
                .register(registry);
    }

    @Override
    public void apduSent(String operation) {
        Counter.builder("mynumber.apdus.sent").tag("operation", operation)
                .description("Command APDUs sent to cards by card operations").register(registry()).increment();
    }

    @Override
    public void finished(String operation, String reader, String outcome, Duration took) {
        Timer.builder("mynumber.card.operations").tag("operation", operation).tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS).description("Card operations by kind and outcome code")
                .register(registry()).record(took);
        if ("PIN_BLOCKED".equals(outcome)) {
            Counter.builder("mynumber.pin.blocked").tag("operation", operation)
                    .description("Operations that met a blocked PIN").register(registry()).increment();
        }
    }

    /** The current metrics in the Prometheus text format. */
    public String scrape() {
        return registry().scrape();
    }

    /** {@code GET /metrics}: no credential (no personal data); the Host and Origin checks still apply. */
    public void serve(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(scrape());
    }
}
