package dev.mynumber.agent.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one line per card operation with operation, reader, outcome code and duration.
 *
 * <p>Written to the logger {@code dev.mynumber.agent.audit} (its own appender in logback.xml). It never
 * holds personal data: no PIN, number, name, attribute, photo or certificate content.
 */
public final class AuditLog {
    private static final Logger AUDIT = LoggerFactory.getLogger("dev.mynumber.agent.audit");

    /**
     * Records one operation.
     *
     * @param operation a stable operation name, e.g. {@code card-info}
     * @param reader the reader name
     * @param outcome {@code OK} or the error code
     * @param millis how long it took
     */
    public void record(String operation, String reader, String outcome, long millis) {
        AUDIT.info("operation={} reader=\"{}\" outcome={} durationMs={}", operation, reader, outcome, millis);
    }
}
