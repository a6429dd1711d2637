package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.operation.Caller;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks every request passes before any handler (and so before any APDU), in this order.
 *
 * <ol>
 *   <li>Host must be {@code 127.0.0.1:PORT} or {@code localhost:PORT} (defeats DNS rebinding).
 *   <li>An Origin must be the agent's own or on the allow-list; a cross-site request without Origin to the
 *       API is refused too. CORS headers are sent only to allow-listed origins.
 *   <li>Every API path except the public ones needs a credential ({@link Credentials}).
 * </ol>
 */
public final class Guards {
    /** Context attribute holding the {@link Caller}. */
    public static final String PRINCIPAL = "agent.principal";
    private static final String API = "/api/v1";
    private static final Set<String> PUBLIC = Set.of("GET " + API + "/health", "GET " + API + "/openapi.json",
            "GET " + API + "/session", "POST " + API + "/pairing");
    private final List<String> allowedOrigins;
    private final Credentials credentials;

    /**
     * Creates the guards.
     *
     * @param allowedOrigins foreign web origins allowed to call the API (after pairing)
     * @param credentials the credential store
     */
    public Guards(List<String> allowedOrigins, Credentials credentials) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.credentials = credentials;
    }

    /** The before-handler for every request. */
    public void check(Context ctx) {
        checkHost(ctx);
        checkOrigin(ctx);
        if (ctx.method() == HandlerType.OPTIONS || !ctx.path().startsWith(API + "/") || isPublic(ctx)) {
            return;
        }
        ctx.attribute(PRINCIPAL, principal(ctx).orElseThrow(() -> new AgentException(AgentCode.UNAUTHORIZED,
                "a credential is needed: Authorization: Bearer <token>")));
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        int port = ctx.req().getLocalPort();
        if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
            throw new AgentException(AgentCode.FORBIDDEN_HOST, "the Host header must be 127.0.0.1:" + port
                    + " or localhost:" + port);
        }
    }

    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            String site = ctx.header("Sec-Fetch-Site");
            if (ctx.path().startsWith(API + "/") && ("cross-site".equals(site) || "same-site".equals(site))) {
                throw new AgentException(AgentCode.FORBIDDEN_ORIGIN, "cross-site requests are refused");
            }
            return;
        }
        if (isOwnOrigin(ctx, origin)) {
            return;
        }
        if (!allowedOrigins.contains(origin)) {
            throw new AgentException(AgentCode.FORBIDDEN_ORIGIN, "this origin is not allowed");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, DELETE");
        ctx.header("Access-Control-Max-Age", "600");
        // Private Network Access preflight (Chrome before Local Network Access; harmless after it): allow-listed only
        if ("true".equalsIgnoreCase(ctx.header("Access-Control-Request-Private-Network"))) {
            ctx.header("Access-Control-Allow-Private-Network", "true");
        }
    }

    private boolean isPublic(Context ctx) {
        String key = ctx.method().name() + " " + ctx.path();
        return PUBLIC.contains(key) || (ctx.method() == HandlerType.GET
                && ctx.path().startsWith(API + "/pairing/") && ctx.path().endsWith("/token"));
    }

    private Optional<Caller> principal(Context ctx) {
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
        if (token == null && ctx.path().equals(API + "/events")) {
            token = ctx.queryParam("access_token"); // EventSource cannot send headers
        }
        return credentials.authenticate(token, ctx.header("Origin"));
    }

    /** Whether the origin is the agent's own ({@code http://127.0.0.1:PORT} or {@code http://localhost:PORT}). */
    public static boolean isOwnOrigin(Context ctx, String origin) {
        int port = ctx.req().getLocalPort();
        return ("http://127.0.0.1:" + port).equals(origin) || ("http://localhost:" + port).equals(origin);
    }

    /** Whether the request comes from the agent's own page (same-origin fetch metadata or own Origin). */
    public static boolean fromOwnPage(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null) {
            return isOwnOrigin(ctx, origin);
        }
        return "same-origin".equals(ctx.header("Sec-Fetch-Site"));
    }

    /** Whether an origin is on the allow-list. */
    public boolean allowed(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }
}
