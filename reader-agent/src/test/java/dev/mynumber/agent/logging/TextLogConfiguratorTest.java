package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The text log format set up by code is logback.xml's, logger by logger, appender by appender, line by line. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TextLogConfiguratorTest {
    private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "dev.mynumber.agent.audit",
            "dev.mynumber.agent.apdu", "org.eclipse.jetty", "io.javalin", "dev.mynumber.agent.Agent");

    @Test
    void setsUpWhatLogbackXmlSetsUp() throws Exception {
        LoggerContext xml = context();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(xml);
        joran.doConfigure(TextLogConfiguratorTest.class.getResource("/logback.xml"));
        LoggerContext code = context();
        TextLogConfigurator configurator = new TextLogConfigurator();
        configurator.setContext(code);
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(code));
        assertEquals(describe(xml), describe(code));
    }

    @Test
    void logbackFindsItAsAService() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(p -> p.type() == TextLogConfigurator.class));
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    /** Levels, additivity, appenders and what each appender writes for a line carrying a My Number. */
    private static List<String> describe(LoggerContext context) {
        List<String> lines = new ArrayList<>();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            lines.add(name + " " + logger.getLevel() + " " + logger.getEffectiveLevel() + " " + logger.isAdditive());
            for (var it = logger.iteratorForAppenders(); it.hasNext();) {
                lines.add(appender(it.next()));
            }
        }
        return lines;
    }

    private static String appender(Appender<ILoggingEvent> appender) {
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) console.getEncoder();
        LoggingEvent event = new LoggingEvent("x",
                ((LoggerContext) console.getContext()).getLogger("dev.mynumber.agent.X"),
                ch.qos.logback.classic.Level.INFO, "number {} in reader {}", null,
                new Object[] {"123456789012", "R"});
        event.setTimeStamp(0);
        event.setThreadName("main");
        return console.getName() + " " + console.getTarget() + " " + console.isStarted() + " " + encoder.getPattern()
                + " -> " + new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
