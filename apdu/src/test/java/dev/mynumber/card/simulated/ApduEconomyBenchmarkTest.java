package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.card.LastTry;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.sim.card.CardSecret;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Prints how many APDUs and bytes each whole read takes against the simulated adult card, with extended
 * length and with 256-byte chunks (figures for docs/*-ap.md). Asserts only the APDU counts, never time.
 */
class ApduEconomyBenchmarkTest {
    /** One operation on a fresh session; returns the size of each file it read. */
    @FunctionalInterface
    private interface Operation {
        int[] run(SimSession s) throws Exception;
    }

    /** Runs the operation and checks the count: SELECT and VERIFYs, then one READ BINARY per Le-sized piece. */
    private static void measure(String name, ReadOptions options, int selectAndVerifies, Operation op)
            throws Exception {
        SimSession s = SimSession.of("adult", options);
        long start = System.nanoTime();
        int[] files = op.run(s);
        long micros = (System.nanoTime() - start) / 1000;
        System.out.printf("[apdu economy] %-28s %-9s %3d APDUs %6d bytes %6d µs%n", name,
                options.extendedLength() ? "extended" : "short", s.sent(), IntStream.of(files).sum(), micros);
        int le = options.extendedLength() ? 8190 : 256;
        assertEquals(selectAndVerifies + IntStream.of(files).map(n -> (n + le - 1) / le).sum(), s.sent(), name);
    }

    private static void compare(String name, int selectAndVerifies, Operation op) throws Exception {
        measure(name, ReadOptions.DEFAULT, selectAndVerifies, op);
        measure(name, ReadOptions.shortApdusOnly(), selectAndVerifies, op);
    }

    @Test
    void wholeReadsCountApdus() throws Exception {
        compare("JPKI auth certificate", 1, s -> new int[] {s.card.jpki().authCertificate().length});
        compare("JPKI both CA certificates", 1, s -> {
            var jpki = s.card.jpki();
            return new int[] {jpki.authCaCertificate().length, jpki.signCaCertificate().length};
        });
        compare("text AP with PIN", 2, s -> {
            TextAp text = s.card.textAp();
            try (Pin4 pin = Pin4.of(s.secret(CardSecret.TEXT_PIN).toCharArray())) {
                text.verify(pin, LastTry.ALLOW);
            }
            return new int[] {text.readMyNumber().rawFile().length, text.readAttributes().rawFile().length};
        });
        compare("visual AP card face with B", 2, s -> {
            VisualAp visual = s.card.visualAp();
            try (VerificationCodeB b = VerificationCodeB.ofDigits(s.secret(CardSecret.VISUAL_CODE_B).toCharArray())) {
                visual.verify(b, LastTry.ALLOW);
            }
            return new int[] {visual.readCardFace().rawFile().length};
        });
    }
}
