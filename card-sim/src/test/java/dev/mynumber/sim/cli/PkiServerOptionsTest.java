package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkiServerOptionsTest {

    @Test
    void defaultsAndValues() throws UsageException {
        assertEquals(new PkiServerOptions("127.0.0.1", 35980), PkiServerOptions.parse(List.of()));
        assertEquals(new PkiServerOptions("0.0.0.0", 8080),
                PkiServerOptions.parse(List.of("--port", "8080", "--host", "0.0.0.0")));
    }

    @Test
    void strictParsing() {
        assertEquals("option --port given twice", assertThrows(UsageException.class,
                () -> PkiServerOptions.parse(List.of("--port", "1", "--port", "2"))).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> PkiServerOptions.parse(List.of("--port", "70000")))
                .getMessage().startsWith("--port must be a TCP port number"));
        assertEquals("--host needs a value", assertThrows(UsageException.class,
                () -> PkiServerOptions.parse(List.of("--host"))).getMessage());
        assertEquals("unknown option '--persona'", assertThrows(UsageException.class,
                () -> PkiServerOptions.parse(List.of("--persona", "adult"))).getMessage());
    }

    @Test
    void commandLineNamesTheCommandAndRejectsBadOptionsWith2() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, SimulatorMain.run(new String[] {"--help"}, o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("pki-server [--port PORT] [--host HOST]"));
        assertEquals(2, SimulatorMain.run(new String[] {"pki-server", "--bogus"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("card-sim: unknown option '--bogus'"));
    }
}
