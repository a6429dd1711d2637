package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.CardInfoView;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.certificate.CertificateView;
import dev.mynumber.agent.certificate.ReadAuthCertificate;
import dev.mynumber.agent.certificate.ReadSignCertificate;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.pin.VerificationCodeB;
import dev.mynumber.sim.persona.Personas;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every built-in persona reads with the PIN and with 照合番号B, and its certificates parse. */
class EveryPersonaTest {
    private final Sessions service = Sessions.unconfigured(Clock.systemUTC());

    @Test
    void everyPersonaReadsWithPinAndCodeB() throws Exception {
        for (String id : Personas.BUILT_IN_IDS) {
            SimCards card = SimCards.open(id);
            CardInfoView byPin = new ReadCardInfo(
                    CardInfoRequest.withPin(SimCards.pin(SimCards.PIN), LastTry.REFUSE, false))
                    .run(service.on(card.card, Progress.NONE));
            card.reset();
            CardInfoView byB;
            try (VerificationCodeB code = VerificationCodeB.of(LocalDate.parse(byPin.birthDate()),
                    LocalDate.parse(byPin.expiry()).getYear(), Personas.builtIn(id).securityCode().toCharArray())) {
                byB = new ReadCardInfo(CardInfoRequest.withCodeB(code, LastTry.REFUSE))
                        .run(service.on(card.card, Progress.NONE));
            }
            assertEquals(byPin.name(), byB.name(), id);
            assertEquals(byPin.images().photoWidth(), byB.images().photoWidth(), id);
            assertFalse(byPin.name().isBlank(), id);
            card.reset();
            assertNotNull(new ReadAuthCertificate().run(service.on(card.card)).summary(), id);
        }
    }

    @Test
    void everyPersonaWithASigningCertificateShowsItsIdentity() throws Exception {
        for (String id : List.of("adult", "substitute-chars", "expired", "foreign-resident", "auth-blocked")) {
            SimCards card = SimCards.open(id);
            CertificateView view = new ReadSignCertificate(SimCards.password(SimCards.PASSWORD), LastTry.REFUSE)
                    .run(service.on(card.card));
            assertNotNull(view.identity(), id);
            assertFalse(view.identity().name().isBlank(), id);
        }
    }
}
