package dev.mynumber.agent.http;

import io.javalin.config.JavalinConfig;

/** The web server's own settings that the API's correctness depends on. */
final class JettySetup {
    private JettySetup() {
    }

    /** Applies them to a Javalin configuration. */
    static void apply(JavalinConfig cfg) {
        cfg.jetty.modifyHttpConfiguration(http -> {
            // Jetty's per-connection header cache matched header lines case-insensitively, so after
            // "Authorization: Bearer x" a token starting with "X" was read as the cached wrong line (401);
            // credentials must be read exactly as sent
            http.setHeaderCacheSize(0);
            http.setHeaderCacheCaseSensitive(true);
            http.setSendServerVersion(false);
        });
        // Jetty's own refusals (broken request line, 414, 431, 505) in the API's JSON shape, not HTML
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
    }
}
