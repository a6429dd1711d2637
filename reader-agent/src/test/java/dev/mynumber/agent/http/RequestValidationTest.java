package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import io.javalin.testtools.JavalinTest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Malformed JSON, argument errors and impossible 照合番号B values are refused before the reader is touched:
 * the counting transports see no card opened and no APDU.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestValidationTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;
    private static final String DIGEST32 = Base64.getEncoder().encodeToString(new byte[32]);

    private static void assertRefused(String path, List<String> bodies, int status, String code) {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        int opens = agent.transports.opens();
        int commands = agent.transports.commands();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (String body : bodies) {
                Http.Reply r = http.post(path, body);
                assertEquals(status, r.status(), body + " -> " + r.raw().body());
                assertEquals(code, r.code(), body);
            }
        });
        assertEquals(opens, agent.transports.opens(), "no card may be opened");
        assertEquals(commands, agent.transports.commands(), "no APDU may be sent");
    }

    @Test
    void malformedJsonIsBadRequestBeforeTheCard() {
        assertRefused(R + "/sign", List.of(
                "{\"password\":\"ABC123\",\"data\":\"AA==\"} {}",
                "{\"password\":\"ABC123\",\"data\":\"AA==\"}x",
                "{\"password\":\"ABC123\",\"data\":\"AA==\"}]",
                "{\"password\":\"ABC123\",\"data\":\"AA==\",\"format\":{\"a\":\"CMS\"}}",
                "{\"password\":\"ABC123\",\"data\":\"AA==\",\"format\":[\"CMS\"]}",
                "{\"password\":\"ABC123\",\"data\":\"AA==\",\"format\":\"CMS\",\"format\":\"RAW\"}",
                "{\"password\":\"ABC123\",\"password\":\"ABC124\",\"data\":\"AA==\"}",
                "{\"password\":\"ABC123\",\"data\":{\"x\":1}}",
                "{\"password\":\"ABC123\",\"data\":\"AA==\",\"fromat\":\"CMS\"}"), 400, "BAD_REQUEST");
        assertRefused(R + "/card-info", List.of(
                "{\"pin\":\"1234\",\"revealMyNumber\":{\"a\":true}}",
                "{\"pin\":\"1234\",\"confirmLastTry\":[true]}",
                "{\"pin\":\"1234\"}{\"pin\":\"1234\"}",
                "{\"codeB\":{\"digits\":\"60041220355678\",\"digits\":\"60041220355678\"}}",
                "{\"codeB\":{\"digits\":\"60041220355678\",\"extra\":1}}",
                "{\"codeB\":\"60041220355678\"}"), 400, "BAD_REQUEST");
        assertRefused(R + "/authenticate", List.of(
                "{\"pin\":\"1234\",\"challenge\":\"AAEC\",\"challenge\":\"AAEC\"}",
                "{\"pin\":\"1234\",\"challenge\":\"AAEC\",\"origin\":{}}"), 400, "BAD_REQUEST");
    }

    @Test
    void argumentErrorsAreRaisedBeforeTheReaderIsTouched() {
        assertRefused(R + "/sign", List.of(
                "{\"password\":\"ABC123\",\"data\":\"AA==\",\"digest\":\"" + DIGEST32 + "\"}",
                "{\"password\":\"ABC123\"}",
                "{\"password\":\"ABC123\",\"digest\":\"" + DIGEST32 + "\",\"digestAlgorithm\":\"SHA384\"}",
                "{\"password\":\"ABC123\",\"digest\":\"AAEC\"}"), 400, "INVALID_ARGUMENT");
        assertRefused(R + "/authenticate", List.of(
                "{\"pin\":\"1234\",\"challenge\":\"\"}",
                "{\"pin\":\"1234\",\"challenge\":\"" + Base64.getEncoder().encodeToString(new byte[1025]) + "\"}",
                "{\"pin\":\"1234\",\"nonce\":\"AAEC\",\"origin\":\"https://a.example\"}"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void impossibleCodeBValuesAreFormatErrorsBeforeTheCard() {
        assertRefused(R + "/card-info", List.of(
                "{\"codeB\":{\"digits\":\"60023120355678\"}}",
                "{\"codeB\":{\"digits\":\"60043120355678\"}}",
                "{\"codeB\":{\"digits\":\"60023020355678\"}}",
                "{\"codeB\":{\"yymmdd\":\"600230\",\"expiryYear\":2035,\"securityCode\":\"5678\"}}",
                "{\"codeB\":{\"era\":\"reiwa\",\"yymmdd\":\"900101\",\"expiryYear\":2035,\"securityCode\":\"5678\"}}",
                "{\"codeB\":{\"birthDate\":\"2999-01-01\",\"expiryYear\":2035,\"securityCode\":\"5678\"}}",
                "{\"codeB\":{\"birthDate\":\"1985-04-12\",\"expiryYear\":2099,\"securityCode\":\"5678\"}}",
                "{\"codeB\":{\"digits\":\"60041220995678\"}}",
                "{\"codeB\":{\"birthDate\":\"2020-02-30\",\"expiryYear\":2030,\"securityCode\":\"5678\"}}"),
                400, "INVALID_PIN_FORMAT");
    }
}
