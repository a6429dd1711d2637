package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.persona.ExportSignatures;
import dev.mynumber.sim.pki.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shipped card-file signatures are what the built-in personas' cards compute today (never stale). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShippedSignaturesTest {
    @Test
    void shippedSignaturesEqualAFreshComputationForEveryBuiltInPersona() {
        Map<String, byte[]> fresh = ExportSignatures.compute();
        Map<String, byte[]> shipped = ShippedSignatures.shipped();
        assertEquals(fresh.keySet(), shipped.keySet(),
                "run ExportSignatures to rewrite " + ShippedSignatures.RESOURCE + " (see its javadoc)");
        fresh.forEach((id, signature) -> assertArrayEquals(signature, shipped.get(id), id + " is stale"));
    }

    @Test
    void dataThatIsNotShippedIsSignedAfresh() throws Exception {
        KeyPair key = TestKeys.card("adult", "textap-card");
        byte[] data = "not a card file".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = RsaData.signSha256(key.getPrivate(), data);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key.getPublic());
        verifier.update(data);
        assertTrue(verifier.verify(signature));
        assertTrue(ShippedSignatures.record(() -> RsaData.signSha256(key.getPrivate(), data)).values().stream()
                .allMatch(fresh -> java.util.Arrays.equals(fresh, signature)));
    }
}
