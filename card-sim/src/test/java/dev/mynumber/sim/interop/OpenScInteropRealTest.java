package dev.mynumber.sim.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.testing.RealStack;
import dev.mynumber.sim.vpcd.VpcdCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's interoperability bullets: OpenSC's JPKI driver, through pcscd and vpcd, takes the simulated
 * adult card for a real one (driver match, PKCS#15 emulation, PKCS#11 login and signature).
 */
@Tag("pcsc")
class OpenScInteropRealTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final Path PKCS11_MODULE = Path.of("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so");
    private static VpcdCard bridge;
    private static CardTerminal terminal;

    @BeforeAll
    static void insertTheAdultCard() throws Exception {
        RealStack.requireVpcdSlot0();
        RealStack.requireTools("opensc-tool", "pkcs15-tool", "pkcs11-tool", "openssl");
        if (!Files.exists(PKCS11_MODULE)) {
            RealStack.unavailable("OpenSC's PKCS#11 module is not at " + PKCS11_MODULE);
        }
        terminal = RealStack.emptyVpcdTerminal(RealStack.sunPcsc());
        bridge = new VpcdCard(RealStack.VPCD_HOST, RealStack.VPCD_PORT, SimulatedCards.create("adult"));
        bridge.onStatus(RealStack::trace);
        bridge.start();
        assertTrue(terminal.waitForCardPresent(10_000), "the adult card did not appear in " + RealStack.READER);
    }

    @AfterAll
    static void removeIt() {
        if (bridge != null) {
            bridge.close();
        }
    }

    static String run(String... command) throws Exception {
        return RealStack.run(TIMEOUT, command).ok();
    }

    @Test
    void openScRecognisesTheCardAsJpki() throws Exception {
        assertEquals("jpki", run("opensc-tool", "--reader", RealStack.READER, "--name").strip());
    }

    @Test
    void pkcs15ListsTheFourCertificateObjects() throws Exception {
        String out = run("pkcs15-tool", "--reader", RealStack.READER, "--list-certificates");
        Matcher m = Pattern.compile("X\\.509 Certificate \\[([^\\]]+)\\][\\s\\S]*?Path\\s+: (\\w+)").matcher(out);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(m.group(1)).append('=').append(m.group(2)).append(';');
        }
        assertEquals("User Authentication Certificate=000a;Digital Signature Certificate=0001;"
                + "User Authentication Certificate CA=000b;Digital Signature Certificate CA=0002;", found.toString());
    }

    @Test
    void pkcs15ListsBothPinsWithTheirTriesLeft() throws Exception {
        String out = run("pkcs15-tool", "--reader", RealStack.READER, "--list-pins");
        assertEquals("3", triesLeft(out, "User Authentication PIN"));
        assertEquals("5", triesLeft(out, "Digital Signature PIN"));
    }

    @Test
    void aBlockedAuthPinShowsNoTriesLeft() throws Exception {
        swapIn("auth-blocked");
        try {
            String out = run("pkcs15-tool", "--reader", RealStack.READER, "--list-pins");
            assertEquals("0", triesLeft(out, "User Authentication PIN"));
            assertEquals("5", triesLeft(out, "Digital Signature PIN"));
        } finally {
            swapIn("adult");
        }
    }

    private static void swapIn(String persona) throws Exception {
        bridge.insert(SimulatedCards.create(persona));
        assertTrue(terminal.waitForCardAbsent(5000), "pcscd did not see the swap");
        assertTrue(terminal.waitForCardPresent(10_000), "the " + persona + " card did not appear");
    }

    private static String triesLeft(String listing, String pin) {
        Matcher m = Pattern.compile("PIN \\[" + pin + "\\][\\s\\S]*?Tries left\\s+: (\\d+)").matcher(listing);
        assertTrue(m.find(), pin + " missing from:\n" + listing);
        return m.group(1);
    }

    @Test
    void pkcs11LogsInSignsAndOpensslVerifiesWithTheAuthCertificate(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("data.txt"), "signed by the simulated card", StandardCharsets.UTF_8);
        Path signature = dir.resolve("data.sig");
        run("pkcs11-tool", "--module", PKCS11_MODULE.toString(), "--slot", authSlot(), "--login", "--pin", "1234",
                "--sign", "--mechanism", "SHA256-RSA-PKCS", "--id", "01",
                "--input-file", data.toString(), "--output-file", signature.toString());
        Path cert = dir.resolve("auth.pem");
        Files.writeString(cert, run("pkcs15-tool", "--reader", RealStack.READER, "--read-certificate", "01"));
        Path key = dir.resolve("auth.pub");
        Files.writeString(key, run("openssl", "x509", "-in", cert.toString(), "-pubkey", "-noout"));
        String verified = run("openssl", "dgst", "-sha256", "-verify", key.toString(), "-signature",
                signature.toString(), data.toString());
        assertEquals("Verified OK", verified.strip());
        String pins = run("pkcs15-tool", "--reader", RealStack.READER, "--list-pins");
        assertEquals("3", triesLeft(pins, "User Authentication PIN"), "a correct PIN leaves the counter full");
    }

    /** Finds the PKCS#11 slot id of the authentication-PIN token in our reader (slot 1 may hold another card). */
    static String authSlot() throws Exception {
        String listing = run("pkcs11-tool", "--module", PKCS11_MODULE.toString(), "--list-slots");
        Pattern slot = Pattern.compile("^Slot \\d+ \\((0x[0-9a-fA-F]+)\\): (.*)$");
        String id = null;
        for (String line : List.of(listing.split("\\R"))) {
            Matcher m = slot.matcher(line);
            if (m.matches()) {
                id = m.group(2).strip().equals(RealStack.READER) ? m.group(1) : null;
            } else if (id != null && line.contains("token label") && line.contains("User Authentication PIN")) {
                return id;
            }
        }
        throw new AssertionError("no JPKI authentication token in " + RealStack.READER + ":\n" + listing);
    }
}
