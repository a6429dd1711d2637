package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** The log guard holds whatever the configuration: after a reset, with everything at TRACE and a plain pattern. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LogGuardTest {
    @Test
    void survivesReconfigurationAndDropsOnlyWhatCarriesSecrets() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LogGuard.install();
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.setContext(context);
        seen.start();
        root.addAppender(seen);
        root.setLevel(Level.TRACE);
        try {
            LogGuard.protect("tok-3f9a-secret-77b1");
            org.slf4j.Logger jetty = LoggerFactory.getLogger("org.eclipse.jetty.http.HttpParser");
            org.slf4j.Logger javalin = LoggerFactory.getLogger("io.javalin.Javalin");
            org.slf4j.Logger agent = LoggerFactory.getLogger("dev.mynumber.agent.Anything");
            jetty.debug("parsedHeader {}", "Host: 127.0.0.1");
            javalin.trace("body {}", "{}");
            agent.info("header Authorization: {}", "Bearer abc");
            agent.info("url /api/v1/events?access_token={}", "abc");
            agent.info("the token {} was used", "tok-3f9a-secret-77b1");
            agent.info("number {}", "123456789012");
            agent.info("body {}", "{\"pin\" : \"1234\"}");
            agent.warn("failed", new IllegalStateException("code 60041220355678"));
            jetty.warn("bad message {}", "400");
            agent.info("took {} ms for reader {}", 12, "sim-0");
            agent.debug("an APDU log line: 0020008104********");
            List<String> kept = seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of("bad message 400", "took 12 ms for reader sim-0",
                    "an APDU log line: 0020008104********"), kept);
        } finally {
            LogGuard.release("tok-3f9a-secret-77b1");
            context.reset();
            new ContextInitializer(context).autoConfig();
        }
    }
}
