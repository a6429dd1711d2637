package dev.mynumber.agent.http;

import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.agent.operation.Caller;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Handlers that hand out credentials: own-page sessions and the pairing of allow-listed origins. */
public final class AccessHandlers {
    private final Credentials credentials;
    private final Guards guards;

    /**
     * Creates the handlers.
     *
     * @param credentials the credential store
     * @param guards the guards (for the allow-list)
     */
    public AccessHandlers(Credentials credentials, Guards guards) {
        this.credentials = credentials;
        this.guards = guards;
    }

    /** {@code GET /api/v1/session}: a session token, only for the agent's own pages. */
    public void session(Context ctx) {
        if (!Guards.fromOwnPage(ctx)) {
            throw new AgentException(AgentCode.FORBIDDEN_ORIGIN, "sessions are only for the agent's own pages");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("token", credentials.newSession()));
    }

    /** {@code POST /api/v1/pairing}: an allow-listed origin asks to pair; the user confirms in the agent page. */
    public void startPairing(Context ctx) {
        String origin = ctx.header("Origin");
        if (!guards.allowed(origin)) {
            throw new AgentException(AgentCode.FORBIDDEN_ORIGIN, "only allow-listed origins can pair");
        }
        Pairing p;
        try {
            p = credentials.startPairing(origin);
        } catch (AgentException e) {
            if (e.code() == AgentCode.RATE_LIMITED) {
                ctx.header("Retry-After", String.valueOf(credentials.retryAfterSeconds(origin)));
            }
            throw e;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).json(Map.of("id", p.id(), "code", p.code(), "confirmUrl", "/agent/pairing.html"));
    }

    /** {@code GET /api/v1/pairing}: pending pairings, for the agent's own page. */
    public void pending(Context ctx) {
        requireOwnPage(ctx);
        List<Map<String, Object>> list = credentials.pending().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("origin", p.origin());
            m.put("code", p.code());
            m.put("created", p.created().toString());
            return m;
        }).toList();
        ctx.header("Cache-Control", "no-store").json(list);
    }

    /** {@code POST /api/v1/pairing/{id}/confirm}: the user confirms, in the agent's own page only. */
    public void confirm(Context ctx) {
        requireOwnPage(ctx);
        Pairing p = credentials.confirm(ctx.pathParam("id"));
        ctx.json(Map.of("id", p.id(), "origin", p.origin(), "confirmed", true));
    }

    /** {@code GET /api/v1/pairing/{id}/token}: the paired origin collects its token once (202 while pending). */
    public void collect(Context ctx) {
        Optional<String> token = credentials.collect(ctx.pathParam("id"), ctx.header("Origin"));
        ctx.header("Cache-Control", "no-store");
        if (token.isEmpty()) {
            ctx.status(202).json(Map.of("confirmed", false));
            return;
        }
        ctx.json(Map.of("confirmed", true, "token", token.get()));
    }

    private static void requireOwnPage(Context ctx) {
        Caller p = ctx.attribute(Guards.PRINCIPAL);
        if (p == null || p.kind() != Caller.Kind.OWN_PAGE || !Guards.fromOwnPage(ctx)) {
            throw new AgentException(AgentCode.UNAUTHORIZED, "only the agent's own page can do this");
        }
    }
}
