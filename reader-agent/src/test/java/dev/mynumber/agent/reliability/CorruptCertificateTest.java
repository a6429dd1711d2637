package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.FaultPlan;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A certificate corrupted on its way from the card is never returned as sound: at many byte offsets of the
 * READ BINARY answer, each operation answers a stable card error (never 500) or a certificate that parses
 * and verifies the signature just made (and is not VALID when altered).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CorruptCertificateTest {
    /** Offsets into the certificate: tags and lengths, names, validity, the key, the issuer's signature. */
    static final int[] OFFSETS = {0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 40, 60, 80, 100, 130, 160, 200, 250,
        300, 350, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1350};
    /** The corruption hits the data (MALFORMED_CARD_DATA) or, past the certificate's end, the status word. */
    private static final Set<String> CARD_ERRORS = Set.of("MALFORMED_CARD_DATA", "UNEXPECTED_STATUS");
    private static final byte[] DATA = "corrupt certificate test".getBytes(StandardCharsets.UTF_8);
    private static final String B64 = Base64.getEncoder().encodeToString(DATA);
    private static final String R = "/api/v1/readers/sim-0";

    @Test
    void everyOperationReadingACertificateRefusesOrReturnsItSound() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        List<String> problems = new ArrayList<>();
        int[] counts = new int[2];
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            byte[] genuine = Base64.getDecoder().decode(
                    http.get(R + "/certificates/auth").json().path("der").asText());
            for (int offset : OFFSETS) {
                String at = "@" + offset;
                check(agent, http, problems, counts, "certificates/auth" + at, "corrupt-at:2" + at,
                        () -> http.get(R + "/certificates/auth"), r -> CardAnswers.certificateView(r.json(), genuine));
                check(agent, http, problems, counts, "authenticate" + at, "corrupt-at:2" + at,
                        () -> http.post(R + "/authenticate", "{\"pin\":\"1234\",\"challenge\":\"" + B64 + "\"}"),
                        r -> CardAnswers.authenticate(r.json(), DATA, genuine));
                for (String format : List.of("RAW", "CMS")) {
                    check(agent, http, problems, counts, "sign " + format + at, "corrupt-at:4" + at,
                            () -> http.post(R + "/sign", "{\"password\":\"ABC123\",\"data\":\"" + B64
                                    + "\",\"format\":\"" + format + "\"}"),
                            r -> CardAnswers.sign(r.json(), DATA));
                }
            }
            assertEquals(200, http.get(R + "/pin-status").status());
        });
        System.out.printf(
                "corrupt certificates: %d cases, %d refused (502 card error), %d answered sound, %d problems%n",
                counts[0] + counts[1] + problems.size(), counts[0], counts[1], problems.size());
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems: " + problems);
    }

    private static void check(TestAgent agent, Http http, List<String> problems, int[] counts, String label,
            String plan, Supplier<Http.Reply> call,
            Function<Http.Reply, String> soundness) {
        agent.sim.faults(TestAgent.R0, FaultPlan.parse(plan));
        Http.Reply r = call.get();
        agent.sim.faults(TestAgent.R0, FaultPlan.none());
        if (r.status() == 200) {
            String problem = soundness.apply(r);
            if (problem == null) {
                counts[1]++;
            } else {
                problems.add(label + ": " + problem);
            }
        } else if (r.status() == 502 && CARD_ERRORS.contains(r.code())) {
            counts[0]++;
        } else {
            problems.add(label + ": " + r.status() + " " + r.code());
        }
    }
}
