package dev.mynumber.agent.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The text log format of logback.xml, set up by code: logback finds it through {@code META-INF/services} and
 * runs it before its XML configurators, which saves the XML parser's start (about 0.3 s, issue 17).
 *
 * <p>It steps aside, so logback reads XML as before, when {@code -Dlogback.configurationFile} names a file
 * (also {@code --log-format json}, see {@link LogFormat}) or a {@code logback-test.xml} is on the class path.
 * {@code TextLogConfiguratorTest} keeps it equal to logback.xml, which stays the documented reference.
 */
public final class TextLogConfigurator extends ContextAwareBase implements Configurator {
    /** The pattern of the agent's own lines. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %maskedMsg%n";
    /** The pattern of the audit trail's lines. */
    static final String AUDIT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} AUDIT %maskedMsg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || TextLogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        maskedMsg(context);
        Logger audit = context.getLogger("dev.mynumber.agent.audit");
        audit.setLevel(Level.INFO);
        audit.setAdditive(false);
        audit.addAppender(stderr(context, "AUDIT", AUDIT_PATTERN));
        context.getLogger("dev.mynumber.agent.apdu").setLevel(Level.INFO);
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("io.javalin").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderr(context, "STDERR", PATTERN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Registers {@code %maskedMsg} as logback.xml's {@code conversionRule} does. */
    @SuppressWarnings("unchecked")
    private static void maskedMsg(LoggerContext context) {
        Map<String, Supplier<DynamicConverter<?>>> rules = (Map<String, Supplier<DynamicConverter<?>>>) context
                .getObject(
                        CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("maskedMsg", MaskingConverter::new);
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
