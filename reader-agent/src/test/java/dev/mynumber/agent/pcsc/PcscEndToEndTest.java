package dev.mynumber.agent.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.AgentConfig;
import dev.mynumber.agent.events.AgentEvent;
import dev.mynumber.agent.events.EventBus;
import dev.mynumber.agent.http.AgentApp;
import dev.mynumber.agent.http.AgentServices;
import dev.mynumber.agent.http.Credentials;
import dev.mynumber.agent.pin.ReadPinStatus;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.RealTools;
import dev.mynumber.agent.support.Sessions;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.agent.verification.Verifiers;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.vpcd.VpcdCard;
import io.javalin.testtools.JavalinTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * End to end through the JDK's SunPCSC, real pcscd and vpcd slot 1 (owned by this module's tests), with the
 * card-sim card behind {@link VpcdCard}: main flows and hot-plug.
 */
@Tag("pcsc")
class PcscEndToEndTest {
    private static final int SLOT1 = 35964;
    private static final String READER = "Virtual PCD 00 01";

    private static void await(BooleanSupplier condition, ReaderManager readers, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; readers: " + readers.readers());
            }
            readers.poll();
            Thread.sleep(100);
        }
    }

    @Test
    void mainFlowsAndHotPlugThroughPcscd() throws Exception {
        RealTools.requirePcscdWithVpcd(SLOT1);
        List<AgentEvent> seen = new CopyOnWriteArrayList<>();
        EventBus events = new EventBus();
        events.subscribe(seen::add);
        ReaderManager readers = new ReaderManager(List.of(new PcscSource()), new StandardTransports(),
                new JpkiCardTypeDetector(), events, Duration.ofSeconds(5), Duration.ofSeconds(30));
        try (VpcdCard vpcd = new VpcdCard("127.0.0.1", SLOT1, SimulatedCards.create("adult"))) {
            vpcd.start();
            await(() -> readers.readers().stream().anyMatch(r -> r.name().equals(READER) && r.cardPresent()
                    && r.cardType() == CardType.MY_NUMBER_CARD), readers, "the card in " + READER);
            assertEquals("available", readers.pcscState());
            AgentServices services = new AgentServices(AgentConfig.defaults(), readers, events,
                    new Credentials(TestAgent.TOKEN, Clock.systemUTC()), Clock.systemUTC(),
                    Verifiers.unconfigured(Clock.systemUTC()), null, "e2e");
            String base = "/api/v1/readers/" + ReaderSlot.idOf(READER);
            JavalinTest.test(new AgentApp(services).create(), (server, client) -> {
                Http http = new Http(server.port());
                assertEquals(200, http.get(base + "/pin-status").status());
                assertEquals(200, http.get(base + "/certificates/auth").status());
                Http.Reply auth = http.post(base + "/authenticate", "{\"pin\":\"1234\",\"challenge\":\"AAECAw==\"}");
                assertEquals(200, auth.status(), auth.raw().body());
                Http.Reply cms = http.post(base + "/sign",
                        "{\"password\":\"ABC123\",\"data\":\"aGVsbG8=\",\"format\":\"CMS\"}");
                assertEquals(200, cms.status(), cms.raw().body());
                Http.Reply info = http.post(base + "/card-info", "{\"pin\":\"1234\"}");
                assertEquals(200, info.status(), info.raw().body());
                Http.Reply wrong = http.post(base + "/authenticate", "{\"pin\":\"9999\",\"challenge\":\"AAECAw==\"}");
                assertEquals("WRONG_PIN", wrong.code());
                assertEquals(2, wrong.json().path("triesLeft").asInt());
            });
            int beforeRemoval = seen.size();
            vpcd.remove();
            await(() -> seen.subList(beforeRemoval, seen.size()).stream()
                    .anyMatch(e -> e.type().equals(AgentEvent.CARD_REMOVED)
                            && READER.equals(e.data().get("reader"))),
                    readers, "card-removed");
            int afterRemoval = seen.size();
            vpcd.insert(SimulatedCards.create("adult"));
            await(() -> seen.subList(afterRemoval, seen.size()).stream()
                    .anyMatch(e -> e.type().equals(AgentEvent.CARD_INSERTED)
                            && READER.equals(e.data().get("reader"))
                            && "MY_NUMBER_CARD".equals(e.data().get("cardType"))),
                    readers, "card-inserted");
            assertTrue(readers.withCard(READER, t -> new ReadPinStatus().run(
                    Sessions.unconfigured(Clock.systemUTC()).on(new dev.mynumber.card.MyNumberCard(t)))).pins()
                    .size() > 0);
            // a card pulled at its 3rd APDU through real PC/SC: CARD_REMOVED, then a fresh card works
            vpcd.remove();
            await(() -> readers.readers().stream().anyMatch(r -> r.name().equals(READER) && !r.cardPresent()),
                    readers, "an empty reader");
            // detection takes 2 APDUs (SELECT, READ BINARY); the 6th falls inside the PIN status read
            vpcd.insert(new FaultyCard(SimulatedCards.create("adult"), FaultPlan.parse("remove-at:6")));
            await(() -> readers.readers().stream().anyMatch(r -> r.name().equals(READER)
                    && r.cardType() == CardType.MY_NUMBER_CARD && !r.busy()), readers, "the faulty card");
            dev.mynumber.apdu.ApduException pulled = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.mynumber.apdu.ApduException.class, () -> readers.withCard(READER,
                            t -> new ReadPinStatus().run(
                                    Sessions.unconfigured(Clock.systemUTC())
                                            .on(new dev.mynumber.card.MyNumberCard(t)))));
            assertEquals(dev.mynumber.apdu.ErrorCode.CARD_REMOVED, pulled.code());
            await(() -> readers.readers().stream().anyMatch(r -> r.name().equals(READER) && !r.cardPresent()),
                    readers, "the pulled card gone");
            vpcd.insert(SimulatedCards.create("adult"));
            await(() -> readers.readers().stream().anyMatch(r -> r.name().equals(READER)
                    && r.cardType() == CardType.MY_NUMBER_CARD && !r.busy()), readers, "a fresh card");
            assertTrue(readers.withCard(READER, t -> new ReadPinStatus().run(
                    Sessions.unconfigured(Clock.systemUTC()).on(new dev.mynumber.card.MyNumberCard(t)))).pins()
                    .size() > 0);
        } finally {
            readers.close();
        }
    }
}
