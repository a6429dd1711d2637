package dev.mynumber.sim.variant;

import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_JPKI;
import static dev.mynumber.sim.variant.VariantCardDriver.SELECT_TEXT;
import static dev.mynumber.sim.variant.VariantCardDriver.SIGN;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_AUTH_PIN;
import static dev.mynumber.sim.variant.VariantCardDriver.VERIFY_SIGN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every card-engine variant, as bytes: after the same setup APDUs, the last command answers one status word
 * on the default card and another on the card playing the variant.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardVariantsTest {
    private static final String PARTIAL_JPKI_AID = "00A4040C09D392F0002601000000";
    private static final String SELECT_JPKI_FCI = "00A404000AD392F00026010000000100";
    private static final String SELECT_AUTH_KEY = "00A4020C020017";

    /**
     * One variant's proof.
     *
     * @param variant the variant
     * @param setup APDUs sent first, each must answer 9000 on both cards
     * @param probe the command whose answer differs
     * @param byDefault its status word on the default card
     * @param withVariant its status word on the variant's card
     */
    record Scenario(Variant variant, List<String> setup, String probe, String byDefault, String withVariant) {
        @Override
        public String toString() {
            return variant.id();
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario(Variant.RESELECT_CLEARS, List.of(SELECT_JPKI, VERIFY_SIGN_PASSWORD, SELECT_JPKI),
                        "00B0810004", "9000", "6982"),
                new Scenario(Variant.NO_PARTIAL_AID, List.of(), PARTIAL_JPKI_AID, "9000", "6A82"),
                new Scenario(Variant.SELECT_P2_6A86, List.of(), SELECT_JPKI_FCI, "9000", "6A86"),
                new Scenario(Variant.VERIFY_LE_OK, List.of(SELECT_JPKI), VERIFY_AUTH_PIN + "00", "6700", "9000"),
                new Scenario(Variant.CHAINING_6884, List.of(), "10A4040C0AD392F000260100000001", "6E00", "6884"),
                // text AP 0012 is issued blocked on every card
                new Scenario(Variant.BLOCKED_6983, List.of(SELECT_TEXT), "002000920431323334", "6984", "6983"),
                new Scenario(Variant.VERIFY_NO_EF_6986, List.of(SELECT_JPKI), "002000800431323334", "6A88", "6986"),
                new Scenario(Variant.VERIFY_NO_EF_6981, List.of(SELECT_JPKI, "00A4020C02000A"),
                        "002000800431323334", "6A88", "6981"),
                new Scenario(Variant.VERIFIED_QUERY_9000, List.of(SELECT_JPKI, VERIFY_AUTH_PIN), "00200098",
                        "63C3", "9000"),
                new Scenario(Variant.READ_END_6282, List.of(SELECT_JPKI, "00A4020C02000A"), "00B07FFF01",
                        "6B00", "6282"),
                new Scenario(Variant.SIGN_ONCE, List.of(SELECT_JPKI, VERIFY_AUTH_PIN, SELECT_AUTH_KEY, SIGN),
                        SIGN, "9000", "6982"),
                // the select-fci variant answers 9000 too, with data: see selectFciReturnsATemplate
                new Scenario(Variant.SELECT_FCI, List.of(), SELECT_JPKI_FCI, "9000", "9000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theVariantChangesExactlyTheAnswerItNames(Scenario s) {
        VariantCardDriver byDefault = new VariantCardDriver("adult", "");
        VariantCardDriver variant = new VariantCardDriver("adult", s.variant().id());
        byDefault.ok(s.setup().toArray(String[]::new));
        variant.ok(s.setup().toArray(String[]::new));
        assertEquals(s.byDefault(), byDefault.sw(s.probe()), "default card");
        assertEquals(s.withVariant(), variant.sw(s.probe()), s.variant().id());
    }

    @Test
    void everyCardVariantHasAScenario() {
        Set<Variant> covered = scenarios().map(Scenario::variant).collect(Collectors.toSet());
        Set<Variant> card = EnumSet.noneOf(Variant.class);
        Arrays.stream(Variant.values()).filter(v -> v.layer() == Variant.Layer.CARD).forEach(card::add);
        assertEquals(card, covered);
    }

    @Test
    void selectFciReturnsATemplateNamingTheFileOnlyWhenAsked() {
        VariantCardDriver card = new VariantCardDriver("adult", "select-fci");
        assertEquals("6F0C840AD392F000260100000001", VariantCardDriver.hex(card.ok(SELECT_JPKI_FCI)));
        assertEquals("620483020017", VariantCardDriver.hex(card.ok("00A4020402001700")));
        assertEquals(0, card.ok(SELECT_JPKI).length, "P2=0C: no data");
        assertEquals(0, card.ok("00A404000AD392F000260100000001").length, "no Le: no data");
        assertEquals(0, new VariantCardDriver("adult", "").ok(SELECT_JPKI_FCI).length, "default: no data");
    }

    @Test
    void reselectClearsOnlyWhatTheDefaultKeepsAndOtherAppsStillClear() {
        VariantCardDriver card = new VariantCardDriver("adult", "reselect-clears");
        card.ok(SELECT_JPKI, VERIFY_SIGN_PASSWORD, "00A4020C020001");
        assertEquals(4, card.ok("00B0000004").length, "selecting EFs inside the application keeps the status");
        card.ok(SELECT_TEXT, SELECT_JPKI);
        assertEquals("6982", card.sw("00B0810004"));
    }

    @Test
    void signOnceNeedsANewVerifyAndThenSignsAgain() {
        VariantCardDriver card = new VariantCardDriver("adult", "sign-once");
        card.ok(SELECT_JPKI, VERIFY_AUTH_PIN, SELECT_AUTH_KEY, SIGN);
        assertEquals("6982", card.sw(SIGN));
        assertEquals(256, card.ok(VERIFY_AUTH_PIN, SIGN).length);
        assertEquals("63C3", card.sw("00200098"), "the PIN's counter is untouched");
    }

    @Test
    void blocked6983AppliesToAnExhaustedPinToo() {
        VariantCardDriver card = new VariantCardDriver("auth-blocked", "blocked-6983");
        card.ok(SELECT_JPKI);
        assertEquals("6983", card.sw(VERIFY_AUTH_PIN));
        assertEquals("63C0", card.sw("00200098"), "the query still reports 0 tries");
    }

    @Test
    void verifiedQueryAnswers63CxAgainAfterAFailedVerify() {
        VariantCardDriver card = new VariantCardDriver("adult", "verified-query-9000");
        card.ok(SELECT_JPKI);
        assertEquals("63C3", card.sw("00200098"), "not verified yet");
        card.ok(VERIFY_AUTH_PIN);
        assertEquals("9000", card.sw("00200098"));
        assertEquals("63C2", card.sw("002000980430303030"));
        assertEquals("63C2", card.sw("00200098"));
    }

    @Test
    void variantsCombine() {
        VariantCardDriver card = new VariantCardDriver("adult", "no-partial-aid,reselect-clears,read-end-6282");
        assertEquals("6A82", card.sw(PARTIAL_JPKI_AID));
        card.ok(SELECT_JPKI, VERIFY_SIGN_PASSWORD, SELECT_JPKI);
        assertEquals("6982", card.sw("00B0810004"));
        card.ok("00A4020C02000A");
        assertEquals("6282", card.sw("00B07FFF01"));
        assertTrue(card.ok("00B0000004").length == 4);
    }
}
