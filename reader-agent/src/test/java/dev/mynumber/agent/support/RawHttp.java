package dev.mynumber.agent.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 over a socket, for requests no well-behaved client sends (cut short, oversized, broken). */
public final class RawHttp {
    private RawHttp() {
    }

    /**
     * A parsed answer.
     *
     * @param status the status code (0 if the server closed without answering)
     * @param head the status line and headers
     * @param body the body
     */
    public record Answer(int status, String head, String body) {
        /** Whether the body is a JSON error object with a code and a message. */
        public boolean isJsonError() {
            return head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json")
                    && body.matches("(?s)\\{\"code\":\"[A-Z_]+\",\"message\":\".*\"}");
        }

        /** The {@code code} of a JSON error body, or {@code null}. */
        public String code() {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    /**
     * Sends bytes as they are, optionally half-closes, and reads the whole answer.
     *
     * @param port the agent's port
     * @param request the raw request bytes
     * @param halfClose whether to shut the output down after sending (a body cut short)
     * @return the answer
     */
    public static Answer send(int port, byte[] request, boolean halfClose) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            if (halfClose) {
                s.shutdownOutput();
            }
            return parse(readAll(s.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) > 0;) {
                buffer.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // an answer without Connection: close ends here; a reset after the answer is fine too
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Answer parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 ") || split < 0) {
            return new Answer(0, raw, "");
        }
        String head = raw.substring(0, split);
        String body = raw.substring(split + 4);
        if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(Integer.parseInt(raw.substring(9, 12)), head, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
        return out.toString();
    }

    /** A request line, headers (name, value pairs), and a body, as bytes; Content-Length as given. */
    public static byte[] request(String requestLine, String body, String... headers) {
        StringBuilder b = new StringBuilder(requestLine).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            b.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        b.append("\r\n").append(body == null ? "" : body);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
