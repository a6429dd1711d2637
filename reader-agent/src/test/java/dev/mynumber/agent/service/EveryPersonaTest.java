package dev.mynumber.agent.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.sim.persona.Personas;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every built-in persona reads with the PIN and with 照合番号B, and its certificates parse. */
class EveryPersonaTest {
    /** セキュリティコード of each built-in persona (card-sim persona/*.json; fictional). */
    private static final Map<String, String> SECURITY_CODES = Map.of("adult", "5678", "child", "2468",
            "auth-blocked", "1357", "substitute-chars", "8642", "expired", "9753", "foreign-resident", "4321");
    private final CardService service = new CardService(Clock.systemUTC());

    @Test
    void everyPersonaReadsWithPinAndCodeB() throws Exception {
        assertEquals(SECURITY_CODES.keySet(), Set.copyOf(Personas.BUILT_IN_IDS), "add a new persona's code here");
        for (String id : Personas.BUILT_IN_IDS) {
            SimCards card = SimCards.open(id);
            CardInfo byPin = service.readWithPin(card.card, SimCards.pin(SimCards.PIN), LastTry.REFUSE, false,
                    Progress.NONE);
            card.reset();
            CardInfo byB;
            try (VerificationCodeB code = VerificationCodeB.of(LocalDate.parse(byPin.birthDate()),
                    LocalDate.parse(byPin.expiry()).getYear(), SECURITY_CODES.get(id).toCharArray())) {
                byB = service.readWithCodeB(card.card, code, LastTry.REFUSE, false, Progress.NONE);
            }
            assertEquals(byPin.name(), byB.name(), id);
            assertEquals(byPin.images().photoWidth(), byB.images().photoWidth(), id);
            assertFalse(byPin.name().isBlank(), id);
            card.reset();
            assertNotNull(service.authCertificate(card.card).summary(), id);
        }
    }

    @Test
    void everyPersonaWithASigningCertificateShowsItsIdentity() throws Exception {
        for (String id : List.of("adult", "substitute-chars", "expired", "foreign-resident", "auth-blocked")) {
            SimCards card = SimCards.open(id);
            CertificateView view = service.signCertificate(card.card, SimCards.password(SimCards.PASSWORD),
                    LastTry.REFUSE);
            assertNotNull(view.identity(), id);
            assertFalse(view.identity().name().isBlank(), id);
        }
    }
}
