package dev.mynumber.agent.logging;

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
class AuditLogTest {
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
            assertTrue(lines.stream().anyMatch(l -> l.contains("operation=card-info") && l.contains("outcome=OK")), lines.toString());
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
