package dev.mynumber.agent.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.VerificationSetup;
import dev.mynumber.agent.cardinfo.CardInfoRequest;
import dev.mynumber.agent.cardinfo.ReadCardInfo;
import dev.mynumber.agent.support.ReplacedFilesCard;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.support.Tamper;
import dev.mynumber.agent.usecase.Progress;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.apdu.transport.Transports;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.InMemoryPinCounters;
import dev.mynumber.sim.card.MyNumberCardSim;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.variant.VariantCards;
import dev.mynumber.sim.variant.Variants;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The card-data verdict on every variant, with the simulator's issuer keys and with none: a genuine card is
 * never REJECTED (VERIFIED with the keys; "issuer not verified" without), and a card with tampered data still is
 * whenever a confirmed check can see it (a changed name fails its digest, a changed name image the face
 * signature, with or without keys; a changed AP certificate only with the issuer key).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class VariantVerdictsTest {
    private final Sessions withKeys = new Sessions(Clock.systemUTC(), simulatorVerifiers());
    private final Sessions withoutKeys = Sessions.unconfigured(Clock.systemUTC());

    private static Verifiers simulatorVerifiers() {
        try {
            return VerificationSetup.from(AgentConfig.defaults(), true, Clock.systemUTC());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The adult card of the variants; a tampered file, if any, answered in its place (any chunking). */
    private static SimCard card(Variants v, Tamper tamper) throws Exception {
        CardContents contents = SimulatedCards.contents(Personas.builtIn("adult"), v);
        SimCard engine = new MyNumberCardSim(contents, new InMemoryPinCounters(contents), new SecureRandom(), v);
        return VariantCards.behindReader(new ReplacedFilesCard(engine, tamper.files(contents)), v);
    }

    private static String verdict(Sessions service, SimCard card) throws Exception {
        try (Pin4 pin = Pin4.of("1234".toCharArray())) {
            return new ReadCardInfo(CardInfoRequest.withPin(pin, LastTry.REFUSE, false))
                    .run(service.on(new MyNumberCard(Transports.standard(card::transmit)), Progress.NONE))
                    .verification().verdict().name();
        }
    }

    @Test
    void genuineCardsAreNeverRejectedAndTamperedOnesAreOnEveryVariant() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Variants v : VariantMatrixTest.configurations()) {
            String[][] expected = {
                {"genuine, issuer keys", verdict(withKeys, card(v, Tamper.NONE)), "VERIFIED"},
                {"genuine, no keys", verdict(withoutKeys, card(v, Tamper.NONE)), "NOT_VERIFIED"},
                {"name changed, keys", verdict(withKeys, card(v, Tamper.NAME)),
                    "REJECTED"},
                {"name changed, no keys", verdict(withoutKeys, card(v, Tamper.NAME)), "REJECTED"},
                {"name image changed, keys", verdict(withKeys, card(v, Tamper.NAME_IMAGE)), "REJECTED"},
                {"name image changed, no keys", verdict(withoutKeys, card(v, Tamper.NAME_IMAGE)), "REJECTED"},
                {"AP certificate changed, keys", verdict(withKeys, card(v, Tamper.TEXT_CERTIFICATE)), "REJECTED"},
                {"AP certificate changed, no keys", verdict(withoutKeys, card(v, Tamper.TEXT_CERTIFICATE)),
                    "NOT_VERIFIED"},
            };
            for (String[] e : expected) {
                cases++;
                if (!e[1].equals(e[2])) {
                    wrong.add((v.isEmpty() ? "(default)" : v) + " / " + e[0] + ": " + e[1] + ", expected " + e[2]);
                }
            }
        }
        System.out.printf("[variant-verdicts] %d configurations, %d cases: %d as expected, %d not%n",
                VariantMatrixTest.configurations().size(), cases, cases - wrong.size(), wrong.size());
        assertEquals(List.of(), wrong);
    }
}
