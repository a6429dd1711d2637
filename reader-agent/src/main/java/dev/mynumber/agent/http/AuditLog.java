package dev.mynumber.agent.http;

import java.util.LinkedHashMap;
import java.util.Map;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one line per card operation with operation, reader, outcome code and duration.
 *
 * <p>Written to the logger {@code dev.mynumber.agent.audit} (its own appender in logback.xml; its own file in
 * logback-json.xml). It never
 * holds personal data: no PIN, number, name, attribute, photo or certificate content.
 */
public final class AuditLog {
    private final Logger audit;

    /** The trail on the logger {@code dev.mynumber.agent.audit}. */
    public AuditLog() {
        this(LoggerFactory.getLogger("dev.mynumber.agent.audit"));
    }

    /**
     * The trail on another logger (tests of a log configuration).
     *
     * @param audit the logger
     */
    public AuditLog(Logger audit) {
        this.audit = audit;
    }

    /**
     * Records one operation.
     *
     * @param operation a stable operation name, e.g. {@code card-info}
     * @param reader the reader name
     * @param outcome {@code OK} or the error code
     * @param millis how long it took
     */
    public void record(String operation, String reader, String outcome, long millis) {
        // the marker carries the same values as JSON fields in the JSON log format; the text format ignores it
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operation", operation);
        fields.put("reader", reader);
        fields.put("outcome", outcome);
        fields.put("durationMs", millis);
        audit.info(Markers.appendEntries(fields), "operation={} reader=\"{}\" outcome={} durationMs={}", operation,
                reader, outcome, millis);
    }
}
