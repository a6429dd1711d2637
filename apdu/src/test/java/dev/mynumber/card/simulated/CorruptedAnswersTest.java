package dev.mynumber.card.simulated;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.card.LastTry;
import dev.mynumber.card.MyNumberCard;
import dev.mynumber.card.jpki.JpkiAp;
import dev.mynumber.card.pin.Pin4;
import dev.mynumber.card.pin.VerificationCodeA;
import dev.mynumber.card.textap.TextAp;
import dev.mynumber.card.visualap.VisualAp;
import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.persona.PersonaSecrets;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed card data never escapes as an unchecked exception: every read runs against the simulated card
 * with one answer corrupted (a flipped byte or a truncation), and only checked {@link ApduException}s may
 * come out. Deterministic seeds; a failure names its seed.
 */
class CorruptedAnswersTest {
    private static final int RUNS = 400;
    private static final Map<CardSecret, String> SECRETS = PersonaSecrets.of(Personas.builtIn("adult"));

    /** One step of the scenario. */
    @FunctionalInterface
    private interface Step {
        void run(MyNumberCard card) throws ApduException;
    }

    private static final Step[] SCENARIO = {
        card -> {
            JpkiAp jpki = card.jpki();
            jpki.tokenInfo();
            jpki.authCertificate();
            jpki.authCaCertificate();
            jpki.authPinStatus();
        },
        card -> {
            TextAp text = card.textAp();
            try (Pin4 pin = Pin4.of(SECRETS.get(CardSecret.TEXT_PIN).toCharArray())) {
                text.verify(pin, LastTry.REFUSE);
            }
            text.readMyNumber();
            text.readAttributes();
            text.readIntegrityRecord();
            text.readCertificate().publicKey();
        },
        card -> {
            VisualAp visual = card.visualAp();
            try (VerificationCodeA a = VerificationCodeA.of(SECRETS.get(CardSecret.VISUAL_CODE_A).toCharArray())) {
                visual.verify(a, LastTry.REFUSE);
            }
            visual.readCardFace();
            visual.readCertificate().publicKey();
        },
        card -> card.commonAp().readCardInfo(),
        card -> card.pinStatuses(),
    };

    @Test
    void onlyCheckedErrorsComeOut() {
        SimCard sim = SimulatedCards.create("adult");
        int failures = 0;
        for (int seed = 0; seed < RUNS; seed++) {
            sim.reset();
            MyNumberCard card = new MyNumberCard(corrupting(sim, new Random(seed)));
            for (Step step : SCENARIO) {
                try {
                    step.run(card);
                } catch (ApduException expected) {
                    failures++;
                } catch (RuntimeException e) {
                    fail("seed " + seed + ": unchecked " + e, e);
                }
            }
        }
        assertTrue(failures > RUNS / 4, "corruption was noticed often enough to mean something: " + failures);
    }

    /** Passes answers through, but corrupts one chosen answer of the run. */
    private static CardTransport corrupting(SimCard sim, Random random) {
        int victim = random.nextInt(40);
        int[] count = {0};
        return command -> {
            byte[] answer = sim.transmit(command);
            if (count[0]++ != victim) {
                return answer;
            }
            if (random.nextInt(5) == 0) {
                return Arrays.copyOf(answer, random.nextInt(answer.length)); // truncated, maybe no SW left
            }
            int at = random.nextInt(answer.length);
            answer[at] ^= (byte) (1 + random.nextInt(255));
            return answer;
        };
    }
}
