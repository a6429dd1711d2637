package dev.mynumber.agent.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.fault.FaultPlan;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The soak's three readers, each with its own persona, what each card genuinely answers, and the chaos
 * (faults, pulls and re-inserts, readers unplugged and plugged back) mixed into the run.
 */
final class SoakCards {
    static final List<String> NAMES = List.of("Sim 0", "Sim 1", "Sim 2");
    static final List<String> IDS = List.of("sim-0", "sim-1", "sim-2");
    static final List<String> PERSONAS = List.of("adult", "child", "revoked");
    private static final long CHAOS_PAUSE_NANOS = 150_000_000L;
    private final TestAgent agent;
    private final Map<String, String> nameOf = new ConcurrentHashMap<>();
    private final Map<String, String> authDerOf = new ConcurrentHashMap<>();
    private final Object chaosLock = new Object();

    SoakCards(TestAgent agent) {
        this.agent = agent;
        agent.simReaders.addReader(NAMES.get(2));
        for (int i = 0; i < NAMES.size(); i++) {
            agent.sim.insert(IDS.get(i), PERSONAS.get(i));
        }
        agent.settle();
    }

    /** Records each card's genuine name and authentication certificate. */
    void baseline(Http http) {
        for (String id : IDS) {
            nameOf.put(id, http.post("/api/v1/readers/" + id + "/card-info", "{\"pin\":\"1234\"}").json()
                    .path("name").asText());
            authDerOf.put(id, http.get("/api/v1/readers/" + id + "/certificates/auth").json().path("der").asText());
        }
    }

    /** Counts a crossed answer: data of another reader's card. */
    void checkOwner(String reader, MatrixOperation op, JsonNode answer, SoakStats tally) {
        String name = answer.path("name").asText(null);
        String der = op.label().equals("authenticate") ? answer.path("certificate").path("der").asText(null)
                : answer.path("der").asText(null);
        String mine = name != null ? nameOf.get(reader) : authDerOf.get(reader);
        String got = name != null ? name : der;
        if (got == null || got.equals(mine)) {
            return;
        }
        boolean other = (name != null ? nameOf : authDerOf).values().contains(got);
        if (other) {
            tally.crossed();
        } else {
            tally.altered(answer);
        }
    }

    /** Until the end: every ~150 ms one fault, pull and re-insert, or unplug and re-plug on a random reader. */
    void chaos(Random random, long end, SoakStats tally) {
        while (System.nanoTime() < end) {
            int i = random.nextInt(NAMES.size());
            synchronized (chaosLock) {
                switch (random.nextInt(5)) {
                    case 0 -> fault(i, "sw-at:" + (1 + random.nextInt(20)) + "=6F00");
                    case 1 -> fault(i, "corrupt-at:" + (1 + random.nextInt(20)) + "@" + random.nextInt(300));
                    case 2 -> fault(i, "remove-at:" + (1 + random.nextInt(20)));
                    case 3 -> reinsert(i);
                    default -> replug(i);
                }
                restoreAll();
            }
            tally.chaos();
            LockSupport.parkNanos(CHAOS_PAUSE_NANOS);
        }
    }

    private void fault(int i, String plan) {
        try {
            agent.sim.faults(IDS.get(i), FaultPlan.parse(plan));
        } catch (RuntimeException e) {
            // the card was pulled by an earlier fault; restoreAll puts one back
        }
    }

    private void reinsert(int i) {
        agent.sim.remove(IDS.get(i));
        agent.sim.insert(IDS.get(i), PERSONAS.get(i));
    }

    private void replug(int i) {
        agent.simReaders.removeReader(NAMES.get(i));
        agent.simReaders.addReader(NAMES.get(i));
        agent.sim.insert(IDS.get(i), PERSONAS.get(i));
    }

    /** Puts a reader and a card of its persona back wherever a fault took one away. */
    private void restoreAll() {
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            if (agent.simReaders.readers().stream().noneMatch(r -> r.name().equals(name))) {
                agent.simReaders.addReader(name);
            }
            if (agent.simReaders.reader(name).card().isEmpty()) {
                agent.sim.insert(IDS.get(i), PERSONAS.get(i));
            }
        }
    }

    /** Clears every fault and lets the agent see the final state. */
    void settleAll() {
        synchronized (chaosLock) {
            restoreAll();
            for (String id : IDS) {
                agent.sim.faults(id, FaultPlan.none());
            }
        }
        agent.settle();
    }

    /** Tries missing from the readers' counters now (each card: only correct PINs were sent to it). */
    int triesLost(Http http) {
        int lost = 0;
        for (String id : IDS) {
            for (JsonNode pin : http.get("/api/v1/readers/" + id + "/pin-status").json().path("pins")) {
                lost += pin.path("maxTries").asInt() - pin.path("triesLeft").asInt();
            }
        }
        return lost;
    }

    /** Where the soak's answers are counted. */
    interface SoakStats {
        void crossed();

        void altered(JsonNode answer);

        void chaos();
    }
}
