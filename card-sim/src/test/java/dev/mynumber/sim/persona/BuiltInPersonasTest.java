package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.card.CardKey;
import dev.mynumber.sim.card.CardSecret;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInPersonasTest {

    @Test
    void everyBuiltInLoadsAndBuildsCompleteContents() {
        assertEquals(Personas.BUILT_IN_IDS, Personas.builtIn().stream().map(Persona::id).toList());
        for (Persona p : Personas.builtIn()) {
            CardContents c = SimulatedCards.contents(p);
            for (CardFile f : CardFile.values()) {
                boolean expected = f != CardFile.JPKI_SIGN_CERT || p.hasSigningCertificate();
                assertEquals(expected, c.file(f).isPresent(), p.id() + " " + f);
            }
            assertTrue(c.key(CardKey.TEXT_AP).isPresent() && c.key(CardKey.VISUAL_AP).isPresent()
                    && c.key(CardKey.COMMON_AUTH).isPresent(), p.id());
            assertEquals(p.hasSigningCertificate(), c.key(CardKey.JPKI_SIGN).isPresent(), p.id());
            assertEquals(p.hasSigningCertificate(), c.hasSecret(CardSecret.JPKI_SIGN_PASSWORD), p.id());
            assertTrue(c.matches(CardSecret.TEXT_CODE_A, p.identity().myNumber().getBytes(StandardCharsets.US_ASCII)));
            assertFalse(p.displayName().isBlank());
        }
    }

    @Test
    void builtInsHaveTheirDocumentedTraits() {
        assertFalse(Personas.builtIn("child").hasSigningCertificate());
        // under 15 when the card was issued (cards of minors are valid 5 years): no date of today involved
        LocalDate childIssued = Personas.builtIn("child").cardExpiry().minusYears(5);
        assertTrue(Personas.builtIn("child").identity().birthDate().plusYears(15).isAfter(childIssued));
        assertEquals(0,
                SimulatedCards.contents(Personas.builtIn("auth-blocked")).initialTries(CardSecret.JPKI_AUTH_PIN));
        assertEquals(List.of(0, 1), Personas.builtIn("substitute-chars").identity().nameSubstitutes());
        assertTrue(Personas.builtIn("expired").cardExpiry().isBefore(LocalDate.of(2025, 1, 1)));
        assertTrue(Personas.builtIn("foreign-resident").identity().name().length() > 40);
        assertTrue(SimulatedCards.contents(Personas.builtIn("adult")).matches(CardSecret.JPKI_SIGN_PASSWORD,
                "ABC123".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The values printed in docs/personas.md: keep both in step. */
    @Test
    void documentedVerificationCodes() {
        var expected = java.util.Map.of("adult", "60041220355678", "child", "30061520282468",
                "auth-blocked", "02022820331357", "substitute-chars", "37090920318642",
                "expired", "45110320249753", "foreign-resident", "12010120294321", "revoked", "07122420343141");
        expected.forEach((id, codeB) -> {
            Persona p = Personas.builtIn(id);
            assertEquals(codeB, PersonaSecrets.codeB(p), id);
            assertEquals(codeB.substring(0, 6), PersonaSecrets.of(p).get(CardSecret.VISUAL_BIRTH_DATE), id);
        });
    }

    @Test
    void unknownBuiltInListsValidIds() {
        var e = assertThrows(IllegalArgumentException.class, () -> Personas.builtIn("ghost"));
        assertTrue(e.getMessage()
                .contains("[adult, child, auth-blocked, substitute-chars, expired, foreign-resident, revoked]"));
    }
}
