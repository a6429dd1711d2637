package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.sim.fault.FaultPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcdOptionsTest {

    @Test
    void defaults() throws UsageException {
        VpcdOptions o = VpcdOptions.parse(List.of("--port", "35963"));
        assertEquals(new VpcdOptions("127.0.0.1", 35963, "adult", null, FaultPlan.none(), false), o);
        assertNull(o.state());
    }

    @Test
    void everyOptionAndRepeatedFaults() throws UsageException {
        VpcdOptions o = VpcdOptions.parse(List.of("--host", "localhost", "--port", "35964", "--persona", "child",
                "--state", "/tmp/s.state", "--fault", "remove-at:5", "--fault", "sw-at:3=6A82,delay:20ms", "--log"));
        assertEquals(new VpcdOptions("localhost", 35964, "child", Path.of("/tmp/s.state"),
                FaultPlan.parse("remove-at:5,sw-at:3=6A82,delay:20ms"), true), o);
    }

    @Test
    void strictAboutMistakes() {
        assertEquals("--port is required (35963 is vpcd slot 0, 35964 slot 1)", message(List.of()));
        assertEquals("unknown option '--prot'", message(List.of("--prot", "1")));
        assertEquals("--port needs a value", message(List.of("--port")));
        assertEquals("--persona needs a value, got '--log'", message(List.of("--port", "1", "--persona", "--log")));
        assertEquals("option --port given twice", message(List.of("--port", "1", "--port", "2")));
        assertEquals("--port must be a TCP port number (1-65535), got '70000'", message(List.of("--port", "70000")));
        assertEquals("--fault: bad fault 'boom:1': unknown fault kind 'boom'; known: remove-at, vanish-at, sw-at, "
                + "corrupt-at, delay, delay-at", message(List.of("--port", "1", "--fault", "boom:1")));
    }

    private static String message(List<String> args) {
        UsageException e = assertThrows(UsageException.class, () -> VpcdOptions.parse(args));
        assertEquals("CLI_USAGE", e.code());
        return e.getMessage();
    }
}
