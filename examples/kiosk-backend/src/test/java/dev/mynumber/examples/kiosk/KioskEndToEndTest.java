package dev.mynumber.examples.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.Agent;
import dev.mynumber.agent.AgentConfig;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CmsVerdict;
import dev.mynumber.verifier.CmsVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.TrustAnchors;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path as a kiosk runs it: this back end issues a nonce, the real agent (simulator, no pcscd) has the
 * simulated card sign it for an origin, and the back end accepts the token once, for its own origin only; and a
 * server checks the agent's CMS signature with token-verifier.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class KioskEndToEndTest {
    static final String OTHER_SITE = "https://other.example.jp";
    static final ObjectMapper JSON = new ObjectMapper();
    static KioskBackend backend;
    static Agent agent;
    static String agentToken;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        CertificateVerifier certificates = new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
                CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC());
        backend = KioskBackend.start(certificates, 0, null, Clock.systemUTC());
        Path tokenFile = dir.resolve("agent-token");
        agent = Agent.start(AgentConfig.defaults().withTokenFile(tokenFile)
                .withAllowedOrigins(List.of(backend.origin(), OTHER_SITE)),
                Agent.Options.on(0).withSimulator().withoutPcsc());
        agentToken = Files.readString(tokenFile).trim();
    }

    @AfterAll
    static void stop() {
        agent.close();
        backend.close();
    }

    @Test
    void theAgentsTokenIsAcceptedOnceForThisSite() throws Exception {
        JsonNode token = authenticate(nonce(), backend.origin());
        assertEquals(200, login(token).statusCode());
        HttpResponse<String> replay = login(token);
        assertEquals(400, replay.statusCode());
        assertEquals("NO_NONCE", JSON.readTree(replay.body()).get("code").asText());
        nonce();                                                   // a fresh nonce does not revive the old token
        HttpResponse<String> stale = login(token);
        assertEquals(401, stale.statusCode());
        assertTrue(stale.body().contains("TOKEN_SIGNATURE_INVALID"), stale.body());
    }

    @Test
    void aTokenMadeForAnotherSiteIsRefused() throws Exception {
        JsonNode token = authenticate(nonce(), OTHER_SITE);
        HttpResponse<String> answer = login(token);
        assertEquals(401, answer.statusCode());
        assertTrue(answer.body().contains("TOKEN_SIGNATURE_INVALID"), answer.body());
    }

    @Test
    void theAgentsCmsSignatureVerifiesForItsDataOnly() throws Exception {
        byte[] data = "申請書".getBytes(StandardCharsets.UTF_8);
        String body = JSON.writeValueAsString(Map.of("password", "ABC123", "format", "CMS",
                "data", Base64.getEncoder().encodeToString(data)));
        byte[] cms = Base64.getDecoder().decode(JSON.readTree(agentPost("sign", body)).get("cms").asText());
        CmsVerifier verifier = new CmsVerifier(new CertificateVerifier(TrustAnchors.of(TestPki.get().signRoot()),
                CrlStore.of(SimulatedCrls.signCrl()), Clock.systemUTC()));
        CmsVerdict verdict = verifier.verify(cms, data);
        assertEquals(CertificateStatus.VALID, verdict.status(), verdict.toString());
        assertEquals(CertificateStatus.INVALID, verifier.verify(cms, "別の申請書".getBytes(StandardCharsets.UTF_8))
                .status());
    }

    @Test
    void thePageAndTheJavaScriptClientAreServed() throws Exception {
        assertTrue(get("/").contains("kiosk-app.js"));
        assertTrue(get("/kiosk-app.js").contains("/api/login/nonce"));
        assertTrue(get("/js/mynumber-agent.js").contains("export class AgentClient"));
    }

    private String nonce() throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(backend.origin() + "/api/login/nonce"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("nonce").asText();
    }

    // what kiosk-app.js does through the JavaScript client; here as the native client, declaring the origin
    private JsonNode authenticate(String nonce, String origin) throws Exception {
        String body = JSON.writeValueAsString(Map.of("pin", "1234", "nonce", nonce, "origin", origin));
        return JSON.readTree(agentPost("authenticate", body)).get("token");
    }

    private static String agentPost(String operation, String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + agent.port() + "/api/v1/readers/simulated-reader-0/" + operation))
                .header("Authorization", "Bearer " + agentToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private HttpResponse<String> login(JsonNode token) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(backend.origin() + "/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(token.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(backend.origin() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }
}
