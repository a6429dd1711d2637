package dev.mynumber.agent.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.card.jpki.JpkiConstants;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No request rides on another's security state: the card is reset after every operation. */
class IsolationTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;

    /** SELECT JPKI AP, SELECT the signing certificate EF, READ BINARY 4 bytes; returns the last status word. */
    private static int readSignCertificate(CardTransport t, boolean verifyFirst) throws Exception {
        t.transceive(Iso7816.selectByName(JpkiConstants.AID).bytes());
        if (verifyFirst) {
            t.transceive(Iso7816.selectFile(JpkiConstants.SIGN_PASSWORD.fileId()).bytes());
            t.transceive(Iso7816.verify(0x80, "ABC123".getBytes(StandardCharsets.US_ASCII)).bytes());
        }
        t.transceive(Iso7816.selectFile(JpkiConstants.SIGN_CERT).bytes());
        return ResponseApdu.parse(t.transceive(Iso7816.readBinary(0, 4).bytes())).sw().value();
    }

    @Test
    void aPasswordVerifiedInOneRequestIsGoneInTheNext() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        // control: within one operation the verified password does open the file, so the probe can tell
        assertEquals(0x9000, (int) agent.readers.withCard(TestAgent.R0, t -> {
            try {
                return readSignCertificate(t, true);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }));
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).post(R + "/certificates/sign", "{\"password\":\"ABC123\"}");
            assertEquals(200, r.status(), r.raw().body());
        });
        int sw = agent.readers.withCard(TestAgent.R0, t -> {
            try {
                return readSignCertificate(t, false);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(0x6982, sw, "SECURITY_STATUS_NOT_SATISFIED expected in a new request");
        List<String> log = agent.sim.apduLog(TestAgent.R0);
        assertEquals("reset", log.get(log.size() - 1), "the card is reset after every operation");
        assertTrue(log.stream().filter("reset"::equals).count() >= 3);
    }
}
