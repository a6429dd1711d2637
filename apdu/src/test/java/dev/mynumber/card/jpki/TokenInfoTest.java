package dev.mynumber.card.jpki;

import static dev.mynumber.card.fixtures.Bytes.ascii;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynumber.card.MalformedCardDataException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenInfoTest {
    private static byte[] label(String text, byte pad) {
        byte[] b = new byte[160];
        Arrays.fill(b, 0, 32, pad);
        System.arraycopy(ascii(text), 0, b, 0, text.length());
        return b;
    }

    @ParameterizedTest
    @CsvSource({
        "JPKIAPICCTOKEN2, MY_NUMBER_CARD", "JPKIAPICCTOKEN, JUKI_CARD", "JPKIAPGPSETOKEN, ANDROID",
        "JPKIAPIOSTOKEN, IPHONE", "SOMETHINGELSE, UNKNOWN", "JPKIAPICCTOKEN3, UNKNOWN",
    })
    void labelsNameTheTokenKind(String text, TokenKind kind) throws MalformedCardDataException {
        assertEquals(new TokenInfo(text, kind), TokenInfo.parse(label(text, (byte) ' ')));
        assertEquals(new TokenInfo(text, kind), TokenInfo.parse(label(text, (byte) 0)));
    }

    @Test
    void shortOrNonAsciiLabelIsMalformed() {
        assertThrows(MalformedCardDataException.class, () -> TokenInfo.parse(new byte[31]));
        byte[] bad = label("JPKIAPICCTOKEN2", (byte) ' ');
        bad[3] = (byte) 0xE3;
        assertThrows(MalformedCardDataException.class, () -> TokenInfo.parse(bad));
    }
}
