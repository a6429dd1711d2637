package dev.mynumber.sim.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shipped test roots are what the test CAs sign today (so they are never stale), and the PKI serves them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ShippedRootsTest {
    @Test
    void everyGenerationsShippedRootsEqualAFreshBuild() throws Exception {
        for (CaGeneration g : CaGeneration.values()) {
            assertArrayEquals(TestPki.buildAuthRoot(g).getEncoded(), shipped(g, "auth").getEncoded(),
                    ShippedRoots.fileName(g, "auth") + " is stale");
            assertArrayEquals(TestPki.buildSignRoot(g).getEncoded(), shipped(g, "sign").getEncoded(),
                    ShippedRoots.fileName(g, "sign") + " is stale");
            assertArrayEquals(shipped(g, "auth").getEncoded(), TestPki.get(g).authRoot().getEncoded());
            assertArrayEquals(shipped(g, "sign").getEncoded(), TestPki.get(g).signRoot().getEncoded());
        }
    }

    private static X509Certificate shipped(CaGeneration g, String kind) {
        return ShippedRoots.shipped(g, kind).orElseThrow(() -> new AssertionError(
                "run ShippedRoots to write " + ShippedRoots.fileName(g, kind) + " (see its javadoc)"));
    }
}
