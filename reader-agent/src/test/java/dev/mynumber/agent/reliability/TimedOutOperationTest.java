package dev.mynumber.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.support.Await;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.ApduLog;
import dev.mynumber.sim.fault.FaultPlan;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** After 504 TIMEOUT nothing more reaches the card: the operation stops before its next APDU. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TimedOutOperationTest {
    private static final String R = "/api/v1/readers/" + TestAgent.R0;

    @Test
    void aSignThatTimedOutSendsNeitherPasswordNorSignCommand() throws Exception {
        assertOnlyTheSlowCommandReachedTheCard("/sign", "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\"}");
    }

    @Test
    void aCardInfoThatTimedOutSendsNoPin() throws Exception {
        assertOnlyTheSlowCommandReachedTheCard("/card-info", "{\"pin\":\"1234\"}");
    }

    private static void assertOnlyTheSlowCommandReachedTheCard(String path, String body) throws Exception {
        TestAgent agent = new TestAgent(Duration.ofSeconds(2), Duration.ofMillis(300), true);
        ApduLog log = agent.sim.insert(TestAgent.R0, "adult");
        agent.settle();
        log.clear();
        agent.sim.faults(TestAgent.R0, FaultPlan.parse("delay-at:1=1200ms"));
        JavalinTest.test(agent.app, (server, client) -> {
            Http.Reply r = new Http(server.port()).post(R + path, body);
            assertEquals(504, r.status(), r.raw().body());
            assertEquals("TIMEOUT", r.code());
            Await.idle(agent);
        });
        List<String> entries = log.entries();
        List<String> commands = entries.stream().filter(e -> !e.equals("reset")).toList();
        assertEquals(1, commands.size(), "only the slow first command may reach the card: " + entries);
        assertEquals("reset", entries.get(entries.size() - 1), "the card is reset afterwards: " + entries);
    }
}
