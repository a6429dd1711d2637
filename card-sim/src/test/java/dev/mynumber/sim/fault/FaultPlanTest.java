package dev.mynumber.sim.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultPlanTest {

    @Test
    void parsesEveryKind() {
        FaultPlan plan = FaultPlan.parse("remove-at:5, vanish-at:9,sw-at:3=6a82,corrupt-at:4,corrupt-at:6@10,"
                + "delay:200ms,delay-at:2=1s");
        assertEquals(List.of(new Fault.RemoveAt(5), new Fault.VanishAt(9), new Fault.StatusAt(3, 0x6A82),
                new Fault.CorruptAt(4, 0), new Fault.CorruptAt(6, 10), new Fault.DelayAll(Duration.ofMillis(200)),
                new Fault.DelayAt(2, Duration.ofSeconds(1))), plan.faults());
    }

    @Test
    void canonicalFormRoundTrips() {
        FaultPlan plan = FaultPlan.parse("sw-at:3=6a82,corrupt-at:4@2,delay-at:2=1s");
        assertEquals("sw-at:3=6A82,corrupt-at:4@2,delay-at:2=1000ms", plan.toString());
        assertEquals(plan, FaultPlan.parse(plan.toString()));
    }

    @Test
    void combinesPlans() {
        assertEquals(FaultPlan.parse("remove-at:1,delay:5ms"),
                FaultPlan.parse("remove-at:1").and(FaultPlan.parse("delay:5ms")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "remove-at", "remove-at:", "remove-at:0", "remove-at:-1", "remove-at:x",
        "explode:3", "sw-at:3", "sw-at:3=6A8", "sw-at:3=6A8Z", "sw-at:=6A82", "corrupt-at:2@", "corrupt-at:2@-1",
        "delay:200", "delay:2m", "delay:ms", "delay-at:2", "remove-at:1,", ",remove-at:1", "REMOVE-AT:1"})
    void rejectsBadSyntaxWithAStableCode(String spec) {
        FaultSpecException e = assertThrows(FaultSpecException.class, () -> FaultPlan.parse(spec));
        assertEquals("FAULT_SPEC_INVALID", e.code());
        assertTrue(e.getMessage().length() > 20, e.getMessage());
    }

    @Test
    void errorNamesTheOffendingPart() {
        FaultSpecException e = assertThrows(FaultSpecException.class,
                () -> FaultPlan.parse("remove-at:2,sw-at:3=XYZW"));
        assertEquals("bad fault 'sw-at:3=XYZW': status word must be 4 hex digits, e.g. 6A82", e.getMessage());
    }
}
