package dev.mynumber.sim.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rule of every readable EF, against each credential in turn (spec §2.1-§2.3 tables).
 *
 * <p>Each row: application, file, key reference verified first ({@code -} for none), expected SW of a
 * one-byte READ BINARY.
 */
class AccessRulesTest {
    private static final Map<String, String> AIDS = Map.of(
            "JPKI", CardDriver.SELECT_JPKI, "TEXT", CardDriver.SELECT_TEXT, "VISUAL", CardDriver.SELECT_VISUAL);
    private static final Map<String, String> VALUES = Map.of(
            "JPKI:0018", TestContents.PIN, "JPKI:001B", TestContents.PASSWORD,
            "TEXT:0011", TestContents.PIN, "TEXT:0014", TestContents.CODE_A, "TEXT:0015", TestContents.CODE_B,
            "VISUAL:0011", TestContents.BIRTH, "VISUAL:0012", TestContents.CODE_B,
            "VISUAL:0013", TestContents.CODE_A);

    @ParameterizedTest(name = "{0} {1} after {2} -> {3}")
    @CsvSource({
        "JPKI, 0001, -, 6982", "JPKI, 0001, 0018, 6982", "JPKI, 0001, 001B, 9000",
        "JPKI, 0002, -, 9000", "JPKI, 0006, -, 9000", "JPKI, 0008, -, 9000",
        "JPKI, 000A, -, 9000", "JPKI, 000B, -, 9000",
        "JPKI, 0017, 0018, 6981", "JPKI, 0018, -, 6981", "JPKI, 001A, 001B, 6981", "JPKI, 001B, -, 6981",
        "TEXT, 0001, -, 6982", "TEXT, 0001, 0011, 9000", "TEXT, 0001, 0014, 9000", "TEXT, 0001, 0015, 6982",
        "TEXT, 0002, -, 6982", "TEXT, 0002, 0011, 9000", "TEXT, 0002, 0014, 6982", "TEXT, 0002, 0015, 9000",
        "TEXT, 0003, -, 6982", "TEXT, 0003, 0011, 9000", "TEXT, 0003, 0014, 9000", "TEXT, 0003, 0015, 9000",
        "TEXT, 0004, -, 9000", "TEXT, 0005, -, 9000",
        "TEXT, 0007, -, 6982", "TEXT, 0007, 0011, 9000", "TEXT, 0007, 0014, 9000", "TEXT, 0007, 0015, 9000",
        "TEXT, 0008, -, 6982", "TEXT, 0008, 0015, 9000",
        "TEXT, 0011, -, 6981", "TEXT, 0012, -, 6981", "TEXT, 0013, -, 6981", "TEXT, 0014, -, 6981",
        "VISUAL, 0001, -, 6982", "VISUAL, 0001, 0011, 9000", "VISUAL, 0001, 0013, 6982",
        "VISUAL, 0002, -, 6982", "VISUAL, 0002, 0011, 6982", "VISUAL, 0002, 0012, 9000",
        "VISUAL, 0002, 0013, 9000",
        "VISUAL, 0003, -, 9000", "VISUAL, 0004, -, 9000",
        "VISUAL, 0005, -, 6982", "VISUAL, 0005, 0012, 6982", "VISUAL, 0005, 0013, 9000",
        "VISUAL, 0011, -, 6981", "VISUAL, 0012, -, 6981", "VISUAL, 0013, -, 6981",
    })
    void readBinaryObeysTheFileRule(String app, String fid, String credential, String sw) {
        CardDriver card = new CardDriver(TestContents.adult());
        card.ok(AIDS.get(app));
        if (!credential.equals("-")) {
            int ref = Integer.parseInt(credential, 16);
            assertEquals(0x9000, card.verify(ref, VALUES.get(app + ":" + credential)));
        }
        assertEquals(0x9000, card.selectEf(Integer.parseInt(fid, 16)));
        card.expect(Integer.parseInt(sw, 16), "00B0000001");
    }
}
