package dev.mynumber.agent.logging;

/**
 * Chooses the log format before the first logger exists: {@code text} (logback.xml) or {@code json}
 * (logback-json.xml: JSON lines, the audit trail in its own file). An explicit
 * {@code -Dlogback.configurationFile} always wins.
 */
public final class LogFormat {
    /** The JSON configuration's class-path name. */
    public static final String JSON_CONFIG = "logback-json.xml";

    private LogFormat() {
    }

    /**
     * Selects a format; call before anything logs.
     *
     * @param format {@code text} or {@code json}
     * @return false for an unknown format
     */
    public static boolean select(String format) {
        if ("json".equals(format)) {
            if (System.getProperty("logback.configurationFile") == null) {
                System.setProperty("logback.configurationFile", JSON_CONFIG);
            }
            return true;
        }
        return "text".equals(format);
    }
}
