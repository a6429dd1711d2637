package dev.mynumber.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.card.fixtures.CardFiles;
import dev.mynumber.card.textap.BasicAttributes;
import dev.mynumber.card.visualap.CardFace;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item 8 of issue 13: the sex code written 0, 3 or 9 as well as 1 or 2 (JIS X 0303; tex2e reports 3, spec §10)
 * decodes in both the text AP and the visual AP, never as malformed card data.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SexCodesTest {
    @ParameterizedTest
    @CsvSource({"0, NOT_KNOWN", "1, MALE", "2, FEMALE", "3, OTHER", "9, NOT_APPLICABLE"})
    void everyDigitDecodesInBothApplications(String code, Sex expected) throws Exception {
        assertEquals(expected, BasicAttributes.parse(CardFiles.attributesFile(code)).sex());
        assertEquals(expected, CardFace.parse(CardFiles.cardFaceFile(500, code)).sex());
    }
}
