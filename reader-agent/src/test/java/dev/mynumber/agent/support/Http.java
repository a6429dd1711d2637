package dev.mynumber.agent.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small HTTP client for the tests: JSON in and out, any header. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final int port;

    /**
     * Creates the client.
     *
     * @param port the agent's port
     */
    public Http(int port) {
        this.port = port;
    }

    /** A response: status, headers, JSON body. */
    public record Reply(int status, HttpResponse<String> raw) {
        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        /** The error code of an error body. */
        public String code() {
            return json().path("code").asText();
        }

        /** A header. */
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** Sends a request; headers as name, value pairs. */
    public Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        b.method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** GET with the native token. */
    public Reply get(String path) {
        return send("GET", path, null, "Authorization", "Bearer " + TestAgent.TOKEN);
    }

    /** POST with the native token. */
    public Reply post(String path, String body) {
        return send("POST", path, body, "Authorization", "Bearer " + TestAgent.TOKEN);
    }

    /** A raw HTTP/1.1 request with any Host header; returns the status line and body. */
    public String raw(String method, String path, String host, String... headers) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                req.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            req.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
