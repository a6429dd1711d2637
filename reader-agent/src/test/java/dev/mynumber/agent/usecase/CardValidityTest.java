package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.CardValidity;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.card.LastTry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The card's own validity (its expiry against the injected clock) is a result of card-info. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardValidityTest {
    private static final Clock MID_2030 = Clock.fixed(Instant.parse("2030-06-01T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void anExpiredCardIsReportedExpiredWithItsExpiry() throws Exception {
        CardInfoView info = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(Sessions.unconfigured(MID_2030).on(SimCards.open("expired").card, Progress.NONE));

        assertEquals(CardValidity.Status.EXPIRED, info.validity().status());
        assertEquals("2024-11-03", info.validity().expiry());
        assertFalse(info.validity().expirySigned(), "DF29 is not covered by the face signature");
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(info));
        assertEquals("EXPIRED", json.get("validity").get("status").asText());
        assertEquals("2024-11-03", json.get("validity").get("expiry").asText());
        assertTrue(json.get("validity").get("note").asText().contains("DF29"));
    }

    @Test
    void aValidCardSaysNothingOfExpiry() throws Exception {
        CardInfoView info = new ReadCardInfo(CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                .run(Sessions.unconfigured(MID_2030).on(SimCards.open("adult").card, Progress.NONE));

        assertEquals(CardValidity.Status.VALID, info.validity().status());
        assertEquals(info.expiry(), info.validity().expiry());
    }

    @Test
    void theExpiryDayItselfIsStillValidInJapanAndTheNextDayIsNot() {
        LocalDate expiry = LocalDate.of(2030, 6, 1);
        // 2030-06-01T14:59Z is 23:59 in Japan on the expiry day; 15:00Z is already June 2nd there
        assertEquals(CardValidity.Status.VALID, CardValidity.of(expiry,
                Clock.fixed(Instant.parse("2030-06-01T14:59:00Z"), ZoneOffset.UTC)).status());
        assertEquals(CardValidity.Status.EXPIRED, CardValidity.of(expiry,
                Clock.fixed(Instant.parse("2030-06-01T15:00:00Z"), ZoneOffset.UTC)).status());
    }
}
