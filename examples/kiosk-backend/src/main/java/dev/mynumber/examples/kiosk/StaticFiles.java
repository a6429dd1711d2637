package dev.mynumber.examples.kiosk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** Serves the kiosk page from this jar and the agent's JavaScript client from the web-client jar. */
final class StaticFiles {
    private static final Map<String, String> FILES = Map.of(
            "/", "kiosk/index.html",
            "/index.html", "kiosk/index.html",
            "/kiosk-app.js", "kiosk/kiosk-app.js",
            "/js/mynumber-agent.js", "public/js/mynumber-agent.js");

    private StaticFiles() {
    }

    static void serve(HttpExchange exchange) throws IOException {
        String resource = FILES.get(exchange.getRequestURI().getPath());
        InputStream in = resource == null ? null : StaticFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null || !"GET".equals(exchange.getRequestMethod())) {
            Json.send(exchange, 404, Map.of("code", "NOT_FOUND"));
            return;
        }
        try (in) {
            byte[] body = in.readAllBytes();
            String type = resource.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
        }
    }
}
