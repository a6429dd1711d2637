package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card endpoints against the simulated adult card. */
class CardEndpointsTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;

    private static TestAgent adult() {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        return agent;
    }

    @Test
    void readersShowTheDetectedCard() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            JsonNode readers = new Http(server.port()).get("/api/v1/readers").json().path("readers");
            assertEquals(2, readers.size());
            assertEquals("sim-0", readers.get(0).path("id").asText());
            assertTrue(readers.get(0).path("cardPresent").asBoolean());
            assertEquals("MY_NUMBER_CARD", readers.get(0).path("cardType").asText());
            assertFalse(readers.get(1).path("cardPresent").asBoolean());
        });
    }

    @Test
    void pinStatusSpendsNoTry() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).get(R + "/pin-status");
            assertEquals(200, r.status(), r.raw().body());
            assertEquals("no-store", r.header("Cache-Control"));
            JsonNode first = r.json().path("pins").get(0);
            assertEquals("AUTH_PIN", first.path("kind").asText());
            assertEquals(3, first.path("triesLeft").asInt());
        });
    }

    @Test
    void cardInfoWithPinMasksTheNumberUnlessAsked() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply r = http.post(R + "/card-info", "{\"pin\":\"1234\"}");
            assertEquals(200, r.status(), r.raw().body());
            assertEquals("no-store", r.header("Cache-Control"));
            assertFalse(r.raw().body().matches("(?s).*\\d{12}.*"), "My Number must be masked by default");
            Http.Reply revealed = http.post(R + "/card-info", "{\"pin\":\"1234\",\"revealMyNumber\":true}");
            assertEquals(200, revealed.status(), revealed.raw().body());
            assertTrue(revealed.raw().body().matches("(?s).*\\d{12}.*"), revealed.raw().body());
        });
    }

    @Test
    void authCertificateNeedsNoPin() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).get(R + "/certificates/auth");
            assertEquals(200, r.status(), r.raw().body());
        });
    }

    @Test
    void signCertificateWithPassword() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).post(R + "/certificates/sign", "{\"password\":\"ABC123\"}");
            assertEquals(200, r.status(), r.raw().body());
        });
    }

    @Test
    void authenticateSignsTheChallenge() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).post(R + "/authenticate",
                    "{\"pin\":\"1234\",\"challenge\":\"AAECAwQFBgcICQ==\"}");
            assertEquals(200, r.status(), r.raw().body());
            assertTrue(verifies(r.json().path("certificate").path("der").asText(),
                    r.json().path("signature").asText(), Base64.getDecoder().decode("AAECAwQFBgcICQ==")));
            assertTrue(agent.seen.stream().anyMatch(e -> e.type().equals("progress")));
            assertTrue(agent.seen.stream().anyMatch(e -> e.type().equals("pin-status")));
        });
    }

    @Test
    void signRawAndCms() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply raw = http.post(R + "/sign", "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\"}");
            assertEquals(200, raw.status(), raw.raw().body());
            String pem = raw.json().path("certificatePem").asText().replaceAll("-----[A-Z ]+-----|\\s", "");
            assertTrue(
                    verifies(pem, raw.json().path("signature").asText(), "hello".getBytes(StandardCharsets.US_ASCII)));
            Http.Reply cms = http.post(R + "/sign",
                    "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\",\"format\":\"CMS\",\"digestAlgorithm\":\"SHA256\"}");
            assertEquals(200, cms.status(), cms.raw().body());
        });
    }

    @Test
    void cardInfoWithCodeBInEveryForm() {
        TestAgent agent = adult();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            // the fictional adult persona: born 1985-04-12 (昭和60年), card valid to 2035, security code 5678
            for (String codeB : List.of("{\"birthDate\":\"1985-04-12\",\"expiryYear\":2035,\"securityCode\":\"5678\"}",
                    "{\"era\":\"showa\",\"yymmdd\":\"600412\",\"expiryYear\":2035,\"securityCode\":\"5678\"}",
                    "{\"digits\":\"60041220355678\"}")) {
                Http.Reply r = http.post(R + "/card-info", "{\"codeB\":" + codeB + "}");
                assertEquals(200, r.status(), r.raw().body());
                assertFalse(r.raw().body().matches("(?s).*\\d{12}.*"), "no My Number with 照合番号B");
            }
            Http.Reply wrong = http.post(R + "/card-info", "{\"codeB\":{\"digits\":\"60041220350000\"}}");
            assertEquals("WRONG_PIN", wrong.code(), wrong.raw().body());
        });
    }

    /** Verifies a SHA256withRSA signature with a certificate (both base64). */
    private static boolean verifies(String certBase64, String signatureBase64, byte[] data) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certBase64)));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(data);
        return verifier.verify(Base64.getDecoder().decode(signatureBase64));
    }
}
