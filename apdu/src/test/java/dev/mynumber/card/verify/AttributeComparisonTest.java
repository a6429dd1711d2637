package dev.mynumber.card.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.card.Sex;
import dev.mynumber.card.verify.FieldMatch.Result;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Field-by-field comparison with a held record; fictional values only. */
class AttributeComparisonTest {
    static SimulatedEvidence adult;

    @BeforeAll
    static void readCard() throws Exception {
        adult = SimulatedEvidence.read("adult");
    }

    @Test
    void exactRecordIsSame() {
        List<FieldMatch> m = AttributeComparison.compare(adult.attributes, AttributeRecord.of(adult.attributes));
        assertEquals(List.of(new FieldMatch("name", Result.SAME), new FieldMatch("address", Result.SAME),
                new FieldMatch("birthDate", Result.SAME), new FieldMatch("sex", Result.SAME)), m);
    }

    @Test
    void widthSpaceAndDashDifferencesAreEquivalent() {
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("試験　太郎", "試験 太郎", false));
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("試験　太郎", "試験太郎", false));
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("見本町１丁目２番３号", "見本町1丁目2番3号", true));
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("見本町１ー２ー３", "見本町1-2-3", true));
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("見本町１－２－３", "見本町 1-2-3", true));
    }

    @Test
    void blockNumberWordsAndHyphensAreEquivalentNeverSame() {
        String card = "東京都千代田区見本町１丁目２番３号";
        for (String held : List.of("東京都千代田区見本町1-2-3", "東京都千代田区見本町１－２－３", "東京都千代田区見本町一丁目2番3号",
                "東京都千代田区見本町1丁目2番地3", "東京都千代田区見本町1丁目2番地の3", "東京都千代田区見本町1丁目2-3",
                "東京都 千代田区 見本町 1ー2ー3")) {
            assertEquals(Result.EQUIVALENT, AttributeComparison.text(card, held, true), held);
        }
        assertEquals(Result.EQUIVALENT, AttributeComparison.text("見本町十二丁目5番", "見本町12-5", true));
        assertEquals(Result.SAME, AttributeComparison.text(card, card, true));
    }

    @Test
    void blockNumberWordsDoNotHideARealDifference() {
        String card = "東京都千代田区見本町１丁目２番３号";
        assertEquals(Result.DIFFERENT, AttributeComparison.text(card, "東京都千代田区見本町1-2-4", true));
        assertEquals(Result.DIFFERENT, AttributeComparison.text(card, "東京都千代田区見本町1-23", true));
        assertEquals(Result.DIFFERENT, AttributeComparison.text(card, "東京都千代田区見本町12-3", true));
        assertEquals(Result.DIFFERENT, AttributeComparison.text(card, "東京都千代田区見本町二丁目2番3号", true));
        // only after a number: a 番 or 号 inside a name stays
        assertEquals(Result.DIFFERENT, AttributeComparison.text("番場町1-2", "場町1-2", true));
        // names are not addresses: 丁目 rules do not apply to them
        assertEquals(Result.DIFFERENT, AttributeComparison.text("試験１丁目", "試験1-", false));
    }

    @Test
    void realDifferencesAndMissingFields() {
        assertEquals(Result.DIFFERENT, AttributeComparison.text("試験　太郎", "試験　次郎", false));
        assertEquals(Result.DIFFERENT, AttributeComparison.text("見本町１－２－３", "見本町1-2-4", true));
        // a long vowel mark inside a katakana word is not a dash
        assertEquals(Result.DIFFERENT, AttributeComparison.text("センター", "センタ-", true));
        List<FieldMatch> m = AttributeComparison.compare(adult.attributes, new AttributeRecord(" ", null,
                adult.attributes.birthDate().plusDays(1), Sex.FEMALE));
        assertEquals(
                List.of(new FieldMatch("name", Result.NOT_COMPARED), new FieldMatch("address", Result.NOT_COMPARED),
                        new FieldMatch("birthDate", Result.DIFFERENT), new FieldMatch("sex", Result.DIFFERENT)),
                m);
    }

    @Test
    void heldRecordNeverPrintsItsValues() {
        assertEquals("AttributeRecord[redacted]", new AttributeRecord("試験　太郎", "x", null, Sex.MALE).toString());
    }
}
