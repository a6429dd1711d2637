package dev.mynumber.examples.kiosk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's back end on a plain JDK HTTP server: {@code POST /api/login/nonce} gives the session a nonce,
 * {@code POST /api/login} takes the agent's token and accepts it only if {@code token-verifier} says VALID.
 * It also serves the kiosk page, whose origin is this server's.
 */
public final class KioskBackend implements AutoCloseable {
    static final String COOKIE = "kiosk-session";

    private final HttpServer server;
    private final KioskLogin login;
    private final String origin;
    private final SecureRandom random = new SecureRandom();

    private KioskBackend(HttpServer server, KioskLogin login, String origin) {
        this.server = server;
        this.login = login;
        this.origin = origin;
    }

    /**
     * Starts the back end on 127.0.0.1.
     *
     * @param certificates checks the card's certificate
     * @param port the port, 0 for a free one
     * @param publicOrigin the origin browsers see (behind a proxy, e.g. {@code https://kiosk.example.jp}), or
     *     null for {@code http://127.0.0.1:PORT}
     * @param clock the clock nonces expire by
     */
    public static KioskBackend start(CertificateVerifier certificates, int port, String publicOrigin, Clock clock)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String origin = publicOrigin != null ? publicOrigin : "http://127.0.0.1:" + server.getAddress().getPort();
        KioskBackend backend = new KioskBackend(server, new KioskLogin(certificates, origin, clock), origin);
        server.createContext("/", StaticFiles::serve);
        server.createContext("/api/login/nonce", backend::nonce);
        server.createContext("/api/login", backend::login);
        server.start();
        return backend;
    }

    /** This site's origin: what tokens must be bound to. */
    public String origin() {
        return origin;
    }

    private void nonce(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            Json.send(exchange, 405, Map.of("code", "METHOD_NOT_ALLOWED"));
            return;
        }
        String session = session(exchange).orElseGet(this::newSession);
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
        byte[] nonce = login.issueNonce(session);
        Json.send(exchange, 200, Map.of("nonce", Base64.getEncoder().encodeToString(nonce)));
    }

    private void login(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            Json.send(exchange, 405, Map.of("code", "METHOD_NOT_ALLOWED"));
            return;
        }
        AuthToken token;
        try {
            token = Json.read(exchange.getRequestBody(), AuthToken.class);
        } catch (IOException | RuntimeException e) {
            Json.send(exchange, 400, Map.of("code", "BAD_REQUEST"));
            return;
        }
        Optional<AuthTokenVerdict> verdict = session(exchange).flatMap(s -> login.login(s, token));
        if (verdict.isEmpty()) {
            Json.send(exchange, 400, Map.of("code", "NO_NONCE"));
        } else if (verdict.get().status() == CertificateStatus.VALID) {
            Json.send(exchange, 200, Map.of("status", "VALID"));
        } else {
            Json.send(exchange, 401, Map.of("code", "TOKEN_REJECTED", "status", verdict.get().status(),
                    "reasonCodes", notPassed(verdict.get())));
        }
    }

    private static List<String> notPassed(AuthTokenVerdict verdict) {
        return verdict.checks().stream().filter(c -> c.status() != CheckStatus.PASSED)
                .map(c -> c.reasonCode().name()).toList();
    }

    private Optional<String> session(HttpExchange exchange) {
        return exchange.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
                .flatMap(h -> List.of(h.split(";")).stream()).map(String::trim)
                .filter(c -> c.startsWith(COOKIE + "=")).map(c -> c.substring(COOKIE.length() + 1)).findFirst();
    }

    private String newSession() {
        byte[] id = new byte[32];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }
}
