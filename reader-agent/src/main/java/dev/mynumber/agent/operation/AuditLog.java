package dev.mynumber.agent.operation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: one line per card operation with operation, reader, caller, outcome code and duration.
 *
 * <p>Written to the logger {@code dev.mynumber.agent.audit} (its own appender in logback.xml; its own file in
 * logback-json.xml, with the same values as JSON fields). It never holds personal data: no PIN, number, name,
 * attribute, photo or certificate content. Text that comes from outside (the reader's PC/SC name, a paired
 * origin) is quoted and escaped, so it can never end the line or forge another field: {@code \}, {@code "} and
 * every control or line-separator character are escaped.
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
     * @param caller who asked, by its credential ({@code null}: unknown)
     * @param outcome {@code OK} or the error code
     * @param millis how long it took
     */
    public void record(String operation, String reader, Caller caller, String outcome, long millis) {
        // the marker carries the same values as JSON fields in the JSON log format; the text format ignores it
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("operation", operation);
        fields.put("reader", reader);
        fields.put("caller", caller == null ? "unknown" : caller.kind().name().toLowerCase(Locale.ROOT));
        if (caller != null && caller.origin() != null) {
            fields.put("origin", caller.origin());
        }
        fields.put("outcome", outcome);
        fields.put("durationMs", millis);
        audit.info(Markers.appendEntries(fields), "operation={} reader=\"{}\" caller={} outcome={} durationMs={}",
                operation, escape(reader), caller(caller), outcome, millis);
    }

    /** The caller field: {@code native}, {@code own-page}, or {@code paired origin="…"}. */
    public static String caller(Caller caller) {
        if (caller == null) {
            return "unknown";
        }
        return switch (caller.kind()) {
            case NATIVE -> "native";
            case OWN_PAGE -> "own-page";
            case PAIRED -> "paired origin=\"" + escape(caller.origin()) + "\"";
        };
    }

    /** Escapes a value for a quoted field: backslash, quote, and control characters as {@code \}-escapes. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
