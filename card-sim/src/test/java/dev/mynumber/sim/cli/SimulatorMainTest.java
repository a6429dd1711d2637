package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws InterruptedException {
        return SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpAndNoArguments() throws InterruptedException {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: java -jar card-sim.jar vpcd --port PORT"), out());
        assertEquals(2, run());
        assertTrue(err().startsWith("usage:"), err());
    }

    @Test
    void listsTheBuiltInPersonas() throws InterruptedException {
        assertEquals(0, run("personas"));
        String[] lines = out().split("\\R");
        List<Persona> builtIn = Personas.builtIn();
        assertEquals(builtIn.size(), lines.length, out());
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith(builtIn.get(i).id() + " "), lines[i]);
            assertTrue(lines[i].endsWith(builtIn.get(i).displayName()), lines[i]);
        }
    }

    @Test
    void usageErrorsExitWith2AndSayWhy() throws InterruptedException {
        assertEquals(2, run("vcpd", "--port", "1"));
        assertTrue(err().startsWith("card-sim: unknown command 'vcpd'"), err());
        assertEquals(2, run("personas", "--all"));
    }

    @Test
    void unknownPersonaExitsWith1() throws InterruptedException {
        assertEquals(1, run("vpcd", "--port", "1", "--persona", "nobody"));
        assertTrue(err().startsWith("card-sim: error: unknown persona 'nobody'; built-in personas: [adult"), err());
    }

    @Test
    void vpcdCommandConnectsPrintsOneLineAndStreamsTheMaskedLog() throws Exception {
        HexFormat hex = HexFormat.of().withUpperCase();
        try (ServerSocket vpcd = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            vpcd.setSoTimeout(10_000);
            VpcdOptions o = new VpcdOptions("127.0.0.1", vpcd.getLocalPort(), "adult", null,
                    FaultPlan.parse("sw-at:2=6A82"), true);
            PrintStream o1 = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e1 = new PrintStream(err, true, StandardCharsets.UTF_8);
            try (VpcdCard bridge = VpcdCommand.start(o, o1, e1); Socket s = vpcd.accept()) {
                s.setSoTimeout(10_000);
                assertTrue(bridge.awaitConnected(java.time.Duration.ofSeconds(5)));
                DataOutputStream to = new DataOutputStream(s.getOutputStream());
                DataInputStream from = new DataInputStream(s.getInputStream());
                for (String apdu : new String[] {"00A4040C0AD392F000260100000001", "00A4040C0AD392F000260100000001"}) {
                    to.writeShort(apdu.length() / 2);
                    to.write(hex.parseHex(apdu));
                    byte[] r = new byte[from.readUnsignedShort()];
                    from.readFully(r);
                }
            }
        }
        assertTrue(out().startsWith("card-sim: connected to vpcd at 127.0.0.1:"), out());
        assertTrue(out().contains("(persona adult, faults sw-at:2=6A82)"), out());
        assertTrue(err().contains("apdu: 00A4040C0AD392F000260100000001 -> 9000"), err());
        assertTrue(err().contains("apdu: 00A4040C0AD392F000260100000001 -> 6A82"), err());
    }
}
