package dev.mynumber.agent.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.AuthTokenVerifier;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.InMemoryNonceStore;
import dev.mynumber.verifier.TrustAnchors;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The kiosk's back end as docs/js-client.md describes it, on a free local port: {@code POST /nonce} issues a
 * single-use nonce, {@code POST /login} verifies the page's token with {@link AuthTokenVerifier} for the origin
 * it expects and answers {@code {status}} (200 only when VALID). CORS is open: the kiosk page is on the agent's
 * origin.
 */
final class ExampleBackEnd implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final InMemoryNonceStore nonces = new InMemoryNonceStore(Clock.systemUTC(), Duration.ofMinutes(5));
    private final AuthTokenVerifier verifier;
    private volatile byte[] nonce;

    /** Starts the back end; it accepts tokens made for {@code expectedOrigin} only. */
    ExampleBackEnd(String expectedOrigin) throws IOException {
        CertificateVerifier certificates = new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
                CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC());
        verifier = new AuthTokenVerifier(certificates, nonces, expectedOrigin);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/nonce", ex -> answer(ex, 200, Map.of("nonce", issue())));
        server.createContext("/login", this::login);
        server.start();
    }

    /** The back end's base URL, for {@code kiosk.html?backend=}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String issue() {
        nonce = nonces.issue();
        return Base64.getEncoder().encodeToString(nonce);
    }

    private void login(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("OPTIONS")) {
            answer(ex, 204, null);
            return;
        }
        AuthToken token = JSON.readValue(ex.getRequestBody(), AuthToken.class);
        AuthTokenVerdict verdict = verifier.verify(token, nonce);
        nonce = null; // single use
        String status = verdict.status().name();
        answer(ex, status.equals("VALID") ? 200 : 403, Map.of("status", status));
    }

    private static void answer(HttpExchange ex, int status, Object body) throws IOException {
        ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        ex.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
        ex.getResponseHeaders().add("Access-Control-Allow-Methods", "POST");
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
