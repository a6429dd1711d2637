package dev.mynumber.card.jpki;

import static dev.mynumber.card.fixtures.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import java.security.MessageDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DigestAlgorithmTest {
    @ParameterizedTest
    @CsvSource({ // spec §3.2 [MY-go-common]
        "SHA256, 3031300D060960864801650304020105000420, SHA-256",
        "SHA384, 3041300D060960864801650304020205000430, SHA-384",
        "SHA512, 3051300D060960864801650304020305000440, SHA-512",
    })
    void prefixesMatchTheSpec(DigestAlgorithm algorithm, String prefix, String jdkName) throws Exception {
        assertEquals(prefix, hex(algorithm.prefix()));
        byte[] digest = MessageDigest.getInstance(jdkName).digest(new byte[] {1, 2, 3});
        byte[] info = algorithm.digestInfo(digest);
        assertEquals(prefix + hex(digest), hex(info));
        // the outer SEQUENCE length covers everything after its 2-byte header
        assertEquals(info.length - 2, info[1]);
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void wrongDigestLengthIsAnInvalidArgument(DigestAlgorithm algorithm) {
        ApduException e = assertThrows(ApduException.class, () -> algorithm.digestInfo(new byte[20]));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
        assertThrows(ApduException.class, () -> algorithm.digestInfo(null));
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void prefixIsACopy(DigestAlgorithm algorithm) {
        byte[] p = algorithm.prefix();
        p[0] = 0;
        assertArrayEquals(new byte[] {0x30}, new byte[] {algorithm.prefix()[0]});
    }
}
