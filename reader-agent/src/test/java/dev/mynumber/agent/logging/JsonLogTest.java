package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.operation.AuditLog;
import dev.mynumber.agent.operation.Caller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON log format (logback-json.xml), loaded as the agent loads it: JSON lines, the masking guard on every
 * string value (message, argument, stack trace), and the audit trail in its own file with structured fields.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MY_NUMBER = "123456789018"; // fictional, 12 digits
    private static final String CODE_B = "19850412205678"; // fictional, 14 digits

    @Test
    void jsonLinesAreMaskedAndTheAuditTrailIsItsOwnStream(@TempDir Path dir) throws Exception {
        Path auditFile = dir.resolve("audit.jsonl");
        LoggerContext context = configured(auditFile);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> json = (OutputStreamAppender<ILoggingEvent>) context
                .getLogger(Logger.ROOT_LOGGER_NAME).getAppender("JSON");
        json.setOutputStream(console);

        Logger log = context.getLogger("dev.mynumber.agent.Test");
        log.warn("number " + MY_NUMBER + " and {}", CODE_B, new IllegalStateException("in a trace " + MY_NUMBER));
        context.getLogger("dev.mynumber.agent.audit").info("operation={} reader=\"{}\"", "card-info", "R " + MY_NUMBER);
        context.stop();

        String out = console.toString(StandardCharsets.UTF_8);
        JsonNode line = JSON.readTree(out.lines().findFirst().orElseThrow());
        assertEquals("agent", line.path("stream").asText());
        assertEquals("WARN", line.path("level").asText());
        assertEquals("number ************ and **************", line.path("message").asText());
        assertTrue(line.path("stack_trace").asText().contains("in a trace ************"), line.toString());
        assertFalse(out.contains(MY_NUMBER) || out.contains(CODE_B), out);
        assertFalse(out.contains("operation=card-info"), "the audit trail went to the agent stream: " + out);

        List<String> audit = Files.readAllLines(auditFile);
        assertEquals(1, audit.size(), audit.toString());
        JsonNode entry = JSON.readTree(audit.get(0));
        assertEquals("audit", entry.path("stream").asText());
        assertEquals("operation=card-info reader=\"R ************\"", entry.path("message").asText());
    }

    @Test
    void auditEntriesCarryStructuredFields(@TempDir Path dir) throws Exception {
        Path auditFile = dir.resolve("audit.jsonl");
        LoggerContext context = configured(auditFile);
        new AuditLog(context.getLogger("dev.mynumber.agent.audit")).record("authenticate", "Reader 0",
                new Caller(Caller.Kind.PAIRED, "https://kiosk.example.jp"), "PIN_BLOCKED", 12);
        context.stop();
        JsonNode entry = JSON.readTree(Files.readAllLines(auditFile).get(0));
        assertEquals("authenticate", entry.path("operation").asText());
        assertEquals("Reader 0", entry.path("reader").asText());
        assertEquals("PIN_BLOCKED", entry.path("outcome").asText());
        assertEquals("paired", entry.path("caller").asText());
        assertEquals("https://kiosk.example.jp", entry.path("origin").asText());
        assertEquals(12, entry.path("durationMs").asInt());
    }

    private static LoggerContext configured(Path auditFile) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start does
        context.putProperty("mynumber.audit.file", auditFile.toString());
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(JsonLogTest.class.getResource("/" + LogFormat.JSON_CONFIG));
        context.start();
        return context;
    }
}
