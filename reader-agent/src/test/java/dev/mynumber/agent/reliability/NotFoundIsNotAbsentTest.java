package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.FaultPlan;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A one-off "not found" ({@code 6A82}) is a card error, not a property of the card: what a card lacks is
 * known from its JPKI token info and certificate flags (EF 0006 / 0008, spec §2.1), not from one status word.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NotFoundIsNotAbsentTest {
    private static final String R = "/api/v1/readers/sim-0";
    private static final int PIN_STATUS_APDUS = 15;

    @Test
    void aOneOffNotFoundDuringSigningIsACardErrorNotAChildsCard() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (int n = 1; n <= 4; n++) {
                agent.sim.faults(TestAgent.R0, FaultPlan.parse("sw-at:" + n + "=6A82"));
                Http.Reply r = http.post(R + "/certificates/sign", "{\"password\":\"ABC123\"}");
                assertEquals("FILE_NOT_FOUND", r.code(), "6A82 at command " + n + ": " + r.raw().body());
                assertEquals(502, r.status());
            }
            agent.sim.faults(TestAgent.R0, FaultPlan.none());
            assertEquals(200, http.post(R + "/certificates/sign", "{\"password\":\"ABC123\"}").status());
            agent.sim.insert(TestAgent.R0, "child");
            agent.settle();
            Http.Reply child = http.post(R + "/certificates/sign", "{\"password\":\"ABC123\"}");
            assertEquals("UNSUPPORTED_CARD", child.code(), child.raw().body());
        });
    }

    @Test
    void aPinStatusNeverDropsACounterTheCardHasBecauseOfOneNotFound() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        List<String> problems = new ArrayList<>();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (int n = 1; n <= PIN_STATUS_APDUS; n++) {
                agent.sim.faults(TestAgent.R0, FaultPlan.parse("sw-at:" + n + "=6A82"));
                Http.Reply r = http.get(R + "/pin-status");
                boolean complete = r.status() == 200 && r.json().path("pins").size() == 10;
                boolean refused = r.status() == 502 && "FILE_NOT_FOUND".equals(r.code());
                if (!complete && !refused) {
                    problems.add("6A82 at " + n + ": " + r.status() + " " + r.raw().body());
                }
            }
            agent.sim.faults(TestAgent.R0, FaultPlan.none());
            assertEquals(10, http.get(R + "/pin-status").json().path("pins").size());
            agent.sim.insert(TestAgent.R0, "child");
            agent.settle();
            JsonNode child = http.get(R + "/pin-status").json().path("pins");
            assertEquals(9, child.size(), "a child's card has no signing password: " + child);
        });
        assertTrue(problems.isEmpty(), () -> problems.toString());
    }

    @Test
    void aOneOffNotFoundOnTheAuthCertificateIsNotReadNotAbsent() throws Exception {
        TestAgent agent = new TestAgent();
        agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            Http.Reply normal = http.post(R + "/card-info", "{\"pin\":\"1234\"}");
            assertEquals(200, normal.status());
            int before = agent.apdus(TestAgent.R0);
            agent.sim.faults(TestAgent.R0, FaultPlan.none());
            http.post(R + "/card-info", "{\"pin\":\"1234\"}");
            int perRead = agent.apdus(TestAgent.R0) - before; // every command of one read, and the reset
            // the JPKI SELECT and the READ BINARY of the auth certificate come after the face checks
            for (int n = perRead - 2; n >= perRead - 20 && n > 0; n--) {
                agent.sim.faults(TestAgent.R0, FaultPlan.parse("sw-at:" + n + "=6A82"));
                Http.Reply r = http.post(R + "/card-info", "{\"pin\":\"1234\"}");
                if (r.status() == 200) {
                    JsonNode auth = r.json().path("verification").path("authCertificate");
                    assertTrue(!auth.isNull() && !auth.isMissingNode(),
                            "6A82 at " + n + " made the card look as if it had no auth certificate");
                }
            }
        });
    }
}
