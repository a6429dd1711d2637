package dev.mynumber.agent.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Sign-request validation happens before the card: exactly one of data or digest, digest length per hash. */
class SigningInputTest {
    private static void assertInvalid(SignRequest request) {
        ApduException e = assertThrows(ApduException.class,
                () -> Sign.digestOf(request, request.algorithmOrDefault()));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
    }

    @Test
    void dataIsHashedWithTheRequestedAlgorithm() throws Exception {
        byte[] data = "abc".getBytes(StandardCharsets.US_ASCII);
        SignRequest request = SignRequest.ofData(data, DigestAlgorithm.SHA384, SignFormat.RAW);
        byte[] digest = Sign.digestOf(request, request.algorithmOrDefault());
        assertEquals(48, digest.length);
        // FIPS 180-2 SHA-384("abc") starts cb00753f45a35e8b
        assertEquals((byte) 0xCB, digest[0]);
        assertEquals((byte) 0x8B, digest[7]);
    }

    @Test
    void aDigestIsTakenAsGiven() throws Exception {
        byte[] digest = new byte[32];
        digest[5] = 7;
        SignRequest request = SignRequest.ofDigest(digest, null, null);
        assertArrayEquals(digest, Sign.digestOf(request, request.algorithmOrDefault()));
        assertEquals(DigestAlgorithm.SHA256, request.algorithmOrDefault());
        assertEquals(SignFormat.RAW, request.formatOrDefault());
    }

    @Test
    void badRequestsAreRefused() {
        assertInvalid(new SignRequest(null, null, null, null));
        assertInvalid(new SignRequest(new byte[1], new byte[32], null, null));
        assertInvalid(SignRequest.ofDigest(new byte[31], DigestAlgorithm.SHA256, SignFormat.CMS));
        assertInvalid(SignRequest.ofDigest(new byte[32], DigestAlgorithm.SHA512, SignFormat.RAW));
    }

    @Test
    void theRequestCopiesItsArrays() {
        byte[] data = {1, 2, 3};
        SignRequest request = SignRequest.ofData(data, null, null);
        data[0] = 9;
        request.data()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, request.data());
        assertEquals("SignRequest[SHA256, RAW, data mode]", request.toString());
    }
}
