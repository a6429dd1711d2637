package dev.mynumber.agent.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A second local web server on 127.0.0.1 and a free port: an origin other than the agent's, serving a vendor's
 * or kiosk's page that reaches the agent from outside (allow-list, pairing, Local Network Access).
 */
final class SecondOrigin implements AutoCloseable {
    /** The content type of the pages served. */
    static final String HTML = "text/html; charset=utf-8";
    private final HttpServer server;

    private SecondOrigin(HttpServer server) {
        this.server = server;
    }

    /** Starts the server; the handler answers every path (it runs on the server's thread, per request). */
    static SecondOrigin start(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", handler);
        server.start();
        return new SecondOrigin(server);
    }

    /** The server's port. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The origin under a host name that resolves to 127.0.0.1 ({@code 127.0.0.1}, {@code localhost}). */
    String origin(String host) {
        return "http://" + host + ":" + port();
    }

    /** Answers 200 with a body of the given content type and closes the exchange. */
    static void reply(HttpExchange exchange, String type, String body) throws IOException {
        reply(exchange, type, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 200 with a body of the given content type and closes the exchange. */
    static void reply(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
