package dev.mynumber.agent.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps credentials and request contents out of every log, whatever the logging configuration says.
 *
 * <p>Installed by code into logback's context (and re-installed after any reconfiguration), it drops, before
 * any appender sees them: everything below INFO from Jetty and Javalin (their DEBUG and TRACE lines carry raw
 * headers, URLs and bodies), and any event whose text, arguments or exception messages hold a bearer
 * credential ({@code Bearer …}, {@code Authorization:}, {@code access_token=}, or a token the agent handed
 * out) or an unmasked 12- or 14-digit number (a My Number, a 照合番号B). docs/security.md §7.
 */
public final class LogGuard extends TurboFilter {
    private static final Set<String> WEB_SERVER = Set.of("org.eclipse.jetty", "io.javalin");
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)bearer\\s|authorization\\s*[:=]|access_token=|(?<![0-9])(?:[0-9]{12}|[0-9]{14})(?![0-9])"
                    + "|\"(?:pin|password|securitycode|digits|birthdate|yymmdd)\"\\s*:");
    private static final Set<String> TOKENS = ConcurrentHashMap.newKeySet();
    /** The shortest text treated as a token (the agent's own are 43 characters). */
    static final int MIN_TOKEN = 16;
    private static final LogGuard INSTANCE = new LogGuard();

    private LogGuard() {
        setName("agent-log-guard");
    }

    /** Installs the guard into logback's context once (a no-op when logback is not the SLF4J binding). */
    public static void install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        synchronized (LogGuard.class) {
            if (context.getTurboFilterList().contains(INSTANCE)) {
                return;
            }
            INSTANCE.setContext(context);
            INSTANCE.start();
            context.addTurboFilter(INSTANCE);
            if (context.getCopyOfListenerList().stream().noneMatch(l -> l instanceof Reinstaller)) {
                context.addListener(new Reinstaller());
            }
        }
    }

    /**
     * Remembers a token the agent handed out, so that no log line can carry it; a token shorter than
     * {@value #MIN_TOKEN} characters is no real token (a test's "native") and would silence ordinary words.
     */
    public static void protect(String token) {
        if (token != null && token.length() >= MIN_TOKEN) {
            TOKENS.add(token);
        }
    }

    /** Forgets a token that is no longer valid. */
    public static void release(String token) {
        if (token != null) {
            TOKENS.remove(token);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        if (level.levelInt < Level.INFO_INT && fromWebServer(logger.getName())) {
            return FilterReply.DENY;
        }
        if (format == null && t == null) {
            return FilterReply.NEUTRAL;
        }
        return carriesSecret(MessageFormatter.arrayFormat(format, params, t).getMessage(), params, t)
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean fromWebServer(String name) {
        for (String prefix : WEB_SERVER) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message, its last throwable argument or its exception chain carries a secret. */
    static boolean carriesSecret(String message, Object[] params, Throwable t) {
        if (leaks(message)) {
            return true;
        }
        Throwable chain = t != null ? t : params != null && params.length > 0
                && params[params.length - 1] instanceof Throwable last ? last : null;
        for (int depth = 0; chain != null && depth < 16; depth++, chain = chain.getCause()) {
            if (leaks(chain.getMessage()) || leaks(chain.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean leaks(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (CREDENTIAL.matcher(text).find()) {
            return true;
        }
        for (String token : TOKENS) {
            if (text.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Puts the guard back after logback resets (a reconfiguration drops every turbo filter). */
    private static final class Reinstaller implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext context) {
        }

        @Override
        public void onReset(LoggerContext context) {
            context.addTurboFilter(INSTANCE);
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, Level level) {
        }
    }
}
