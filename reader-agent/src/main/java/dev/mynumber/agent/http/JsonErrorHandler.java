package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The web server's own error answers (a request Jetty refuses before the app sees it: a broken request line
 * or header, a URL or headers too large, an unknown HTTP version) as the API's {@code {code, message}} JSON,
 * never Jetty's HTML page. The message is fixed per status: nothing of the request is echoed.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        response.setStatus(status);
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body(status)), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(body(status));
    }

    private static void headers(HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** The JSON body for a status (codes: docs/api.md). */
    static byte[] body(int status) {
        String code = switch (status) {
            case 413, 414, 431 -> AgentCode.REQUEST_TOO_LARGE.name();
            case 404 -> AgentCode.NOT_FOUND.name();
            default -> status >= 500 && status != 505 ? AgentCode.INTERNAL.name() : AgentCode.BAD_REQUEST.name();
        };
        String message = switch (status) {
            case 413 -> "the request body is too large";
            case 414 -> "the URL is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "only HTTP/1.1 is supported";
            case 404 -> "not found";
            default -> status >= 500 ? "internal error; see the agent log" : "the request is malformed";
        };
        return ("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
