package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.fault.FaultPlan;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator's masked APDU log shows what the agent received, injected faults included. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApduLogShowsFaultsTest {
    @Test
    void anInjectedStatusWordAndACorruptedByteAreLoggedAsTheAgentReceivedThem() throws Exception {
        TestAgent agent = new TestAgent();
        ApduLog log = agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        log.clear();
        agent.sim.faults(TestAgent.R0, FaultPlan.parse("sw-at:1=6F00"));
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).get("/api/v1/readers/sim-0/certificates/auth");
            assertEquals(502, r.status(), r.raw().body());
            List<String> entries = log.entries();
            assertTrue(entries.get(0).endsWith(" -> 6F00"), () -> "log: " + entries);
            log.clear();
            agent.sim.faults(TestAgent.R0, FaultPlan.parse("corrupt-at:1@1"));
            new Http(server.port()).get("/api/v1/readers/sim-0/certificates/auth");
            assertTrue(log.entries().get(0).endsWith(" -> 90FF"), () -> "log: " + log.entries());
        });
    }
}
