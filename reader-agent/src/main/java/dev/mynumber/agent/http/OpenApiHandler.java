package dev.mynumber.agent.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3 document (resource {@code openapi.json}). */
public final class OpenApiHandler {
    /** The resource path of the document. */
    public static final String RESOURCE = "/dev/mynumber/agent/openapi.json";
    private final byte[] document;

    /** Loads the document once. */
    public OpenApiHandler() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            document = in == null ? "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII) : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves it. */
    public void serve(Context ctx) {
        ctx.contentType("application/json").result(document);
    }
}
