package dev.mynumber.agent.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.cardinfo.CardInfoEvidence;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.CardValidity;
import dev.mynumber.agent.cardinfo.MyNumberView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.cardinfo.UnlockedBy;
import dev.mynumber.agent.certificate.SignerIdentity;
import dev.mynumber.agent.image.CardImagesView;
import dev.mynumber.agent.pin.PinEntry;
import dev.mynumber.agent.pin.PinStatusReport;
import dev.mynumber.agent.signing.SignFormat;
import dev.mynumber.agent.signing.SignRequest;
import dev.mynumber.card.PinKind;
import dev.mynumber.card.Sex;
import dev.mynumber.card.jpki.DigestAlgorithm;
import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckNames;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records serialise with a plain ObjectMapper (no modules) in the documented shape. */
class JsonShapeTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private static CardInfoView sampleInfo() {
        return new CardInfoView(UnlockedBy.CODE_B, "試験　花子", "東京都千代田区", "1990-04-01", "平成2年4月1日",
                Sex.FEMALE, "2031-04-01", MyNumberView.unavailable(ReadCardInfo.NO_NUMBER_WITH_B),
                new CardImagesView("cG5n", 90, 120, "bmFtZQ==", "YWRkcg==", "Y29kZQ=="),
                Verification.of(new Verdict(List.of(
                        Check.of(CheckNames.TEXT_ATTRIBUTES_DIGEST, CheckReason.ATTRIBUTES_DIGEST_MATCHES),
                        Check.of(CheckNames.TEXT_CERTIFICATE, CheckReason.ISSUER_NOT_CONFIGURED))), null),
                new CardInfoEvidence(null, null, null, null, null, null),
                new CardValidity(CardValidity.Status.VALID, "2031-04-01", false, CardValidity.NOTE));
    }

    @Test
    void cardInfoHasNoEvidenceAndTheVerificationIsNeverAPassWhenSomethingWasNotChecked() throws Exception {
        JsonNode json = mapper.readTree(mapper.writeValueAsString(sampleInfo()));

        assertFalse(json.has("evidence"));
        assertEquals("CODE_B", json.get("unlockedBy").asText());
        assertEquals("平成2年4月1日", json.get("birthDateJapanese").asText());
        assertFalse(json.get("myNumber").get("available").asBoolean());
        assertTrue(json.get("myNumber").get("value").isNull());
        assertEquals(120, json.get("images").get("photoHeight").asInt());
        assertEquals("NOT_VERIFIED", json.get("verification").get("verdict").asText());
        assertEquals("INCOMPLETE", json.get("verification").get("status").asText());
        JsonNode checks = json.get("verification").get("checks");
        assertEquals(2, checks.size());
        assertEquals("text-ap.attributes-digest", checks.get(0).get("name").asText());
        assertEquals("PASSED", checks.get(0).get("status").asText());
        assertEquals("NOT_CHECKED", checks.get(1).get("status").asText());
        assertEquals("issuer not verified: no issuer key configured", checks.get(1).get("reason").asText());
        assertEquals("ISSUER_NOT_CONFIGURED", checks.get(1).get("reasonCode").asText());
        assertEquals("ATTRIBUTES_DIGEST_MATCHES", checks.get(0).get("reasonCode").asText());
        assertEquals("ISSUER_NOT_VERIFIED", json.get("verification").get("reasonCode").asText());
        assertFalse(checks.get(1).get("description").asText().isBlank());
        assertTrue(json.get("verification").has("authCertificate"), "present, null when the card has none");
        assertTrue(json.get("verification").get("authCertificate").isNull());
    }

    @Test
    void toStringNeverShowsPersonalData() {
        String text = sampleInfo().toString() + new MyNumberView(true, false, "123456789018", null)
                + new SignerIdentity("試験　花子", null, "2", "419900401", "東京都", null);
        assertFalse(text.contains("花子"));
        assertFalse(text.contains("東京"));
        assertFalse(text.contains("123456789018"));
        assertFalse(text.contains("1990"));
    }

    @Test
    void signRequestReadsBase64AndEnums() throws Exception {
        SignRequest request = mapper.readValue(
                "{\"data\":\"AQID\",\"algorithm\":\"SHA384\",\"format\":\"CMS\"}", SignRequest.class);
        assertArrayEquals(new byte[] {1, 2, 3}, request.data());
        assertNull(request.digest());
        assertEquals(DigestAlgorithm.SHA384, request.algorithm());
        assertEquals(SignFormat.CMS, request.format());
    }

    @Test
    void pinStatusReportListsEntries() throws Exception {
        PinStatusReport report = new PinStatusReport(List.of(new PinEntry(PinKind.AUTH_PIN, 1, 3, false, true)));
        JsonNode entry = mapper.readTree(mapper.writeValueAsString(report)).get("pins").get(0);
        assertEquals("AUTH_PIN", entry.get("kind").asText());
        assertEquals(1, entry.get("triesLeft").asInt());
        assertEquals(3, entry.get("maxTries").asInt());
        assertTrue(entry.get("lastTry").asBoolean());
    }
}
