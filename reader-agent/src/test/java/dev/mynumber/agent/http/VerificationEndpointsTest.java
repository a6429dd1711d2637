package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.Tamper;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.sim.persona.SimulatedCrls;
import dev.mynumber.sim.pki.TestPki;
import dev.mynumber.verifier.AuthToken;
import dev.mynumber.verifier.AuthTokenVerdict;
import dev.mynumber.verifier.AuthTokenVerifier;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.CertificateVerifier;
import dev.mynumber.verifier.CrlStore;
import dev.mynumber.verifier.InMemoryNonceStore;
import dev.mynumber.verifier.TrustAnchors;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdicts over HTTP with the in-JVM simulator, in simulator mode (test roots and issuer keys). */
class VerificationEndpointsTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;
    private static final String PIN_AND_NONCE = "{\"pin\":\"1234\",\"nonce\":\"%s\"%s}";

    @TempDir
    Path dir;

    private static TestAgent with(TestAgent agent, String persona) {
        agent.sim.insert(TestAgent.R0, persona);
        agent.settle();
        return agent;
    }

    /** An agent configured with the simulator's CRL, as an operator would configure lawfully obtained CRLs. */
    private TestAgent withCrl(String persona) throws Exception {
        Path crl = Files.write(dir.resolve("auth.crl"), SimulatedCrls.authCrl().getEncoded());
        Path signCrl = Files.write(dir.resolve("sign.crl"), SimulatedCrls.signCrl().getEncoded());
        AgentConfig cfg = AgentConfig.defaults().withAllowedOrigins(List.of(TestAgent.ALLOWED))
                .withCrlFiles(List.of(crl.toString(), signCrl.toString()));
        return with(new TestAgent(cfg), persona);
    }

    private static String status(JsonNode checks, String name) {
        for (JsonNode c : checks) {
            if (c.path("name").asText().equals(name)) {
                return c.path("status").asText();
            }
        }
        return "absent";
    }

    @Test
    void aGenuineAdultCardPassesEveryCheck() {
        TestAgent agent = with(new TestAgent(), "adult");
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode v = new Http(server.port()).post(R + "/card-info", "{\"pin\":\"1234\"}").json()
                    .path("verification");
            assertEquals("GENUINE", v.path("status").asText(), v.toString());
            assertEquals("VERIFIED", v.path("verdict").asText());
            assertEquals(9, v.path("checks").size());
            v.path("checks").forEach(c -> assertEquals("PASSED", c.path("status").asText(), c.toString()));
        });
    }

    @Test
    void aCardWithAChangedNameIsRejected() {
        TestAgent agent = new TestAgent();
        agent.sim.insertCard(TestAgent.R0, Tamper.NAME.card("adult"));
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).post(R + "/card-info", "{\"pin\":\"1234\"}");
            assertEquals(200, r.status(), r.raw().body());
            JsonNode v = r.json().path("verification");
            assertEquals("NOT_GENUINE", v.path("status").asText(), v.toString());
            assertEquals("REJECTED", v.path("verdict").asText());
            assertEquals("FAILED", status(v.path("checks"), "text-ap.attributes-digest"));
        });
    }

    @Test
    void inSimulatorModeTheSimulatorsOwnCrlIsCheckedWithoutConfiguration() {
        TestAgent agent = with(new TestAgent(), "adult");
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            JsonNode v = http.get(R + "/certificates/auth").json().path("verification");
            assertEquals("VALID", v.path("status").asText(), v.toString());
            assertEquals("GOOD", v.path("revocation").asText());
            assertEquals("not listed in the issuer's current CRL", v.path("revocationReason").asText());
            JsonNode inCardInfo = http.post(R + "/card-info", "{\"pin\":\"1234\"}").json()
                    .path("verification").path("authCertificate");
            assertEquals(v.path("status"), inCardInfo.path("status"), "card-info carries the same verdict");
            assertEquals(v.path("checks").size(), inCardInfo.path("checks").size());
        });
    }

    @Test
    void cardInfoShowsTheRevokedPersonasCertificateAsRevokedNextToGenuineCardData() {
        TestAgent agent = with(new TestAgent(), "revoked");
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode v = new Http(server.port()).post(R + "/card-info", "{\"pin\":\"1234\"}").json()
                    .path("verification");
            assertEquals("GENUINE", v.path("status").asText(), "the face data itself is genuine");
            assertEquals("REVOKED", v.path("authCertificate").path("revocation").asText(), v.toString());
            assertEquals("INVALID", v.path("authCertificate").path("status").asText());
        });
    }

    @Test
    void withTheSimulatorsCrlAGenuineCertificateIsGoodAndValid() throws Exception {
        TestAgent agent = withCrl("adult");
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            JsonNode auth = http.get(R + "/certificates/auth").json().path("verification");
            assertEquals("GOOD", auth.path("revocation").asText(), auth.toString());
            assertEquals("VALID", auth.path("status").asText());
            JsonNode sign = http.post(R + "/certificates/sign", "{\"password\":\"ABC123\"}").json()
                    .path("verification");
            assertEquals("VALID", sign.path("status").asText(), sign.toString());
        });
    }

    @Test
    void theRevokedPersonaIsRevokedWithTheCrl() throws Exception {
        TestAgent agent = withCrl("revoked");
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode v = new Http(server.port()).get(R + "/certificates/auth").json().path("verification");
            assertEquals("REVOKED", v.path("revocation").asText(), v.toString());
            assertEquals("INVALID", v.path("status").asText());
            assertEquals("FAILED", status(v.path("checks"), "certificate.revocation"));
        });
    }

    @Test
    void theExpiredPersonaFailsValidity() {
        TestAgent agent = with(new TestAgent(), "expired");
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode v = new Http(server.port()).get(R + "/certificates/auth").json().path("verification");
            assertEquals("FAILED", status(v.path("checks"), "certificate.validity"), v.toString());
            assertEquals("INVALID", v.path("status").asText());
        });
    }

    @Test
    void aNativeClientsTokenVerifiesForItsOriginOnlyAndOnlyOnce() throws Exception {
        TestAgent agent = withCrl("adult");
        InMemoryNonceStore nonces = new InMemoryNonceStore(Clock.systemUTC(), Duration.ofMinutes(5));
        CertificateVerifier certificates = new CertificateVerifier(TrustAnchors.of(TestPki.get().authRoot()),
                CrlStore.of(SimulatedCrls.authCrl()), Clock.systemUTC());
        AuthTokenVerifier kiosk = new AuthTokenVerifier(certificates, nonces, TestAgent.ALLOWED);
        AuthTokenVerifier other = new AuthTokenVerifier(certificates, nonces, "https://other.example.jp");
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            byte[] nonce = nonces.issue();
            Http.Reply r = http.post(R + "/authenticate", String.format(PIN_AND_NONCE, b64(nonce),
                    ",\"origin\":\"" + TestAgent.ALLOWED + "\""));
            assertEquals(200, r.status(), r.raw().body());
            assertEquals(TestAgent.ALLOWED, r.json().path("origin").asText());
            AuthToken token = new ObjectMapper().treeToValue(r.json().path("token"), AuthToken.class);
            assertEquals(AuthToken.FORMAT, token.format());

            AuthTokenVerdict first = kiosk.verify(token, nonce);
            assertEquals(CertificateStatus.VALID, first.status(), first.toString());
            AuthTokenVerdict replay = kiosk.verify(token, nonce);
            assertEquals(CheckStatus.FAILED, replay.check("token.nonce").orElseThrow().status());

            byte[] second = nonces.issue();
            AuthToken again = new ObjectMapper().treeToValue(http.post(R + "/authenticate", String.format(
                    PIN_AND_NONCE, b64(second), ",\"origin\":\"" + TestAgent.ALLOWED + "\"")).json().path("token"),
                    AuthToken.class);
            AuthTokenVerdict elsewhere = other.verify(again, second);
            assertEquals(CheckStatus.FAILED, elsewhere.check("token.signature").orElseThrow().status());
            assertEquals(CertificateStatus.INVALID, elsewhere.status());
        });
    }

    @Test
    void aBrowserTokenIsBoundToTheOriginHeaderTheAgentSaw() {
        TestAgent agent = with(new TestAgent(), "adult");
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            String own = "http://localhost:" + server.port();
            String session = http.send("GET", "/api/v1/session", null, "Origin", own).json().path("token").asText();
            InMemoryNonceStore nonces = new InMemoryNonceStore(Clock.systemUTC(), Duration.ofMinutes(5));
            byte[] nonce = nonces.issue();
            Http.Reply r = http.send("POST", R + "/authenticate", String.format(PIN_AND_NONCE, b64(nonce), ""),
                    "Origin", own, "Authorization", "Bearer " + session);
            assertEquals(200, r.status(), r.raw().body());
            assertEquals(own, r.json().path("origin").asText());
            AuthToken token = new ObjectMapper().treeToValue(r.json().path("token"), AuthToken.class);
            AuthTokenVerifier verifier = new AuthTokenVerifier(new CertificateVerifier(
                    TrustAnchors.of(TestPki.get().authRoot()), CrlStore.none(), Clock.systemUTC()), nonces, own);
            AuthTokenVerdict v = verifier.verify(token, nonce);
            assertEquals(CheckStatus.PASSED, v.check("token.signature").orElseThrow().status(), v.toString());
            assertEquals(CertificateStatus.INCOMPLETE, v.status(), "no CRL: never VALID");

            Http.Reply forged = http.send("POST", R + "/authenticate", String.format(PIN_AND_NONCE, b64(nonce),
                    ",\"origin\":\"https://bank.example\""), "Origin", own, "Authorization", "Bearer " + session);
            assertEquals("BAD_REQUEST", forged.code(), "a page cannot claim another origin");
        });
    }

    @Test
    void nonceModeRefusesBadInputBeforeAnyApdu() {
        TestAgent agent = with(new TestAgent(), "adult");
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            int before = agent.apdus(TestAgent.R0);
            String nonce = b64(new byte[32]);
            assertEquals("BAD_REQUEST", http.post(R + "/authenticate", String.format(PIN_AND_NONCE, nonce, "")).code(),
                    "a native client must declare the origin");
            assertEquals("INVALID_ARGUMENT", http.post(R + "/authenticate",
                    String.format(PIN_AND_NONCE, b64(new byte[31]), ",\"origin\":\"https://a.example\"")).code());
            assertEquals("INVALID_ARGUMENT", http.post(R + "/authenticate",
                    String.format(PIN_AND_NONCE, nonce, ",\"origin\":\"https://a.example/path\"")).code());
            assertEquals("BAD_REQUEST", http.post(R + "/authenticate", String.format(PIN_AND_NONCE, nonce,
                    ",\"origin\":\"https://a.example\",\"challenge\":\"AA==\"")).code());
            assertEquals(before, agent.apdus(TestAgent.R0), "refused before the card is touched");
        });
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
