package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.VerificationSetup;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.support.Await;
import dev.mynumber.agent.support.CardOperationsScript;
import dev.mynumber.agent.support.CardOperationsScript.Outcome;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.RealTools;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.variant.Variants;
import dev.mynumber.sim.vpcd.VpcdCard;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The variant matrix's combinations through the real PC/SC stack (SunPCSC, pcscd, vpcd slot 1): every card
 * operation of the API on cards that combine the variants a real card and reader might, with nothing configured.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@Tag("pcsc")
class VariantsThroughPcscdTest {
    private static final int SLOT1 = 35964;
    private static final String READER = "Virtual PCD 00 01";

    @Test
    void everyOperationWorksOnTheCombinedVariantsThroughPcscd() throws Exception {
        RealTools.requirePcscdWithVpcd(SLOT1);
        ReaderManager readers = new ReaderManager(List.of(new PcscSource()), new StandardTransports(),
                new JpkiCardTypeDetector(), new EventBus(), Duration.ofSeconds(5), Duration.ofSeconds(30));
        AgentServices services = new AgentServices(AgentConfig.defaults(), readers, new EventBus(),
                new Credentials(TestAgent.TOKEN, Clock.systemUTC()), Clock.systemUTC(),
                VerificationSetup.from(AgentConfig.defaults(), true, Clock.systemUTC()), null, "variants");
        List<String> failures = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (VpcdCard vpcd = new VpcdCard("127.0.0.1", SLOT1, SimulatedCards.create("adult"))) {
            vpcd.start();
            for (String combination : dev.mynumber.agent.variants.VariantMatrixTest.COMBINATIONS) {
                vpcd.insert(SimulatedCards.create("adult", Variants.parse(combination)));
                String id = awaitCard(readers);
                JavalinTest.test(new AgentApp(services).create(), (server, client) -> {
                    List<Outcome> outcomes = CardOperationsScript.run(new Http(server.port()), id);
                    rows.add(String.format("%-70s %d/%d", combination, outcomes.stream().filter(Outcome::passed)
                            .count(), outcomes.size()));
                    outcomes.stream().filter(o -> !o.passed())
                            .forEach(o -> failures.add(combination + " / " + o.operation() + ": " + o.detail()));
                });
                vpcd.remove();
                awaitEmpty(readers);
            }
        } finally {
            readers.close();
        }
        rows.forEach(r -> System.out.println("[variants-pcscd] " + r));
        assertEquals(List.of(), failures);
    }

    /** Waits until the reader holds a detected My Number card and is idle; returns the reader's id. */
    private static String awaitCard(ReaderManager readers) {
        return await(readers, "a card in " + READER, v -> v.cardPresent() && v.cardType() == CardType.MY_NUMBER_CARD
                && !v.busy());
    }

    private static void awaitEmpty(ReaderManager readers) {
        await(readers, "an empty " + READER, v -> !v.cardPresent());
    }

    private static String await(ReaderManager readers, String what, java.util.function.Predicate<ReaderView> state) {
        String[] id = new String[1];
        Await.until(what + "; readers: " + readers.readers(), Duration.ofSeconds(15), () -> {
            readers.poll();
            readers.readers().stream().filter(v -> v.name().equals(READER) && state.test(v)).findFirst()
                    .ifPresent(v -> id[0] = v.id());
            return id[0] != null;
        });
        return id[0];
    }
}
