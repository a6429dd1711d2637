package dev.mynumber.agent.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The log's masking guard. */
class MaskingConverterTest {
    @Test
    void masksTwelveAndFourteenDigitRuns() {
        assertEquals("number ************ end", MaskingConverter.mask("number 123456789012 end"));
        assertEquals("code=**************", MaskingConverter.mask("code=60041220355678"));
        assertEquals("reader 0123 took 1234567 ms", MaskingConverter.mask("reader 0123 took 1234567 ms"));
        assertEquals("1234567890123", MaskingConverter.mask("1234567890123"), "13 digits are not a My Number");
    }
}
