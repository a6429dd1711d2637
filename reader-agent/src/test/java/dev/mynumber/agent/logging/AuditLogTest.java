package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The audit trail: one line per operation with its outcome, and no personal data in any log line. */
@org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
class AuditLogTest {
    /**
     * A reader name is outside the agent's control: a quote and a newline in it must not forge a second
     * audit line; and every line names the caller (native client, own page, or the paired origin).
     */
    @Test
    void readerNamesAreEscapedAndTheCallerIsNamed() {
        Logger audit = (Logger) LoggerFactory.getLogger("dev.mynumber.agent.audit");
        ListAppender<ILoggingEvent> trail = new ListAppender<>();
        trail.start();
        audit.addAppender(trail);
        try {
            TestAgent agent = new TestAgent();
            String evil = "Evil\" outcome=OK durationMs=1\nAUDIT operation=sign reader=\"Sim 0\\";
            agent.sim.addReader(evil);
            agent.sim.insert(evil, "adult");
            agent.settle();
            JavalinTest.test(agent.app, (server, client) -> {
                Http http = new Http(server.port());
                http.get("/api/v1/readers/" + dev.mynumber.agent.pcsc.ReaderSlot.idOf(evil) + "/pin-status");
                String own = "http://localhost:" + server.port();
                String session = http.send("GET", "/api/v1/session", null, "Origin", own).json().path("token")
                        .asText();
                http.send("GET", "/api/v1/readers/sim-0/pin-status", null, "Origin", own,
                        "Authorization", "Bearer " + session);
            });
            List<String> lines = trail.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(2, lines.size(), lines.toString());
            String first = lines.get(0);
            assertFalse(first.contains("\n") || first.contains("\r"), first);
            String escaped = "reader=\"Evil\\\" outcome=OK durationMs=1\\nAUDIT operation=sign reader=\\\"Sim 0\\\\\"";
            assertTrue(first.contains(escaped), first);
            assertTrue(first.matches(".*\" caller=native outcome=[A-Z_]+ durationMs=\\d+"), first);
            assertTrue(lines.get(1).contains("caller=own-page"), lines.get(1));
            assertEquals("paired origin=\"https://kiosk.example.jp\"", dev.mynumber.agent.operation.AuditLog.caller(
                    new dev.mynumber.agent.operation.Caller(dev.mynumber.agent.operation.Caller.Kind.PAIRED,
                            "https://kiosk.example.jp")));
        } finally {
            audit.detachAppender(trail);
        }
    }

    @Test
    void auditLinesCarryOutcomesButNoPersonalData() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger audit = (Logger) LoggerFactory.getLogger("dev.mynumber.agent.audit");
        ListAppender<ILoggingEvent> all = new ListAppender<>();
        ListAppender<ILoggingEvent> trail = new ListAppender<>();
        all.start();
        trail.start();
        root.addAppender(all);
        audit.addAppender(trail);
        try {
            TestAgent agent = new TestAgent();
            agent.sim.insert(TestAgent.R0, "adult");
            agent.settle();
            JavalinTest.test(agent.app, (server, client) -> {
                Http http = new Http(server.port());
                http.post("/api/v1/readers/sim-0/card-info", "{\"pin\":\"1234\",\"revealMyNumber\":true}");
                http.post("/api/v1/readers/sim-0/card-info", "{\"pin\":\"9999\"}");
            });
            List<String> lines = trail.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertTrue(lines.stream().anyMatch(l -> l.contains("operation=card-info") && l.contains("outcome=OK")),
                    lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("outcome=WRONG_PIN")), lines.toString());
            for (ILoggingEvent e : all.list) {
                String line = e.getFormattedMessage();
                assertFalse(line.matches("(?s).*\\d{12}.*"), line);
                assertFalse(line.contains("1234") || line.contains("9999"), line);
            }
        } finally {
            root.detachAppender(all);
            audit.detachAppender(trail);
        }
    }
}
