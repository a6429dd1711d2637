package dev.mynumber.benchmark;

import dev.mynumber.sim.timing.CardTimingProfile;
import dev.mynumber.sim.timing.TimingStats;
import java.io.PrintStream;
import java.util.List;

/**
 * Per operation on one reader with a timing model: APDUs, bytes, modelled card time, end-to-end time through the
 * HTTP API (median), and the agent's overhead (end-to-end minus card time) as a share of the card time.
 */
final class PerOperation {
    private PerOperation() {
    }

    static void run(CardTimingProfile profile, int runs, PrintStream out) throws Exception {
        try (BenchAgent agent = new BenchAgent(1, profile)) {
            Http http = new Http(agent.base(), BenchAgent.TOKEN);
            Readiness.awaitCards(http, 1);
            String r = "/readers/" + agent.readerIds.get(0);
            var info = http.call(r + "/card-info", Operation.CARD_INFO_PIN.body()).body();
            List<Operation> ops = Operation.all(info.path("birthDate").asText(),
                    Integer.parseInt(info.path("expiry").asText().substring(0, 4)));
            out.printf("%n## Per operation, %s profile (%d runs each, one reader)%n%n", profile.name(), runs);
            out.println("| operation | APDUs | bytes | card time (ms) | end-to-end p50 (ms) | agent overhead |");
            out.println("|---|---|---|---|---|---|");
            for (Operation op : ops) {
                row(agent, http, r, op, runs, out);
            }
        }
    }

    private static void row(BenchAgent agent, Http http, String r, Operation op, int runs, PrintStream out)
            throws Exception {
        long[] wall = new long[runs];
        TimingStats.Snapshot total = new TimingStats.Snapshot(0, 0, 0, 0);
        for (int i = 0; i < runs; i++) {
            if (op.freshCardFirst()) {
                agent.freshCard(0);
                Readiness.awaitCards(http, 1);
            }
            TimingStats.Snapshot before = agent.stats.snapshot();
            long start = System.nanoTime();
            Http.Answer a = http.call(r + op.path(), op.body());
            wall[i] = System.nanoTime() - start;
            if (a.status() != op.expected()) {
                throw new IllegalStateException(op.name() + ": HTTP " + a.status() + " " + a.body());
            }
            TimingStats.Snapshot d = agent.stats.snapshot().minus(before);
            total = new TimingStats.Snapshot(total.apdus() + d.apdus(), total.commandBytes() + d.commandBytes(),
                    total.responseBytes() + d.responseBytes(), total.modelledNanos() + d.modelledNanos());
        }
        double card = total.modelledNanos() / 1e6 / runs;
        double p50 = Stats.percentileMillis(wall, 50);
        out.printf("| %s | %d | %d | %.1f | %.1f | %.1f%% |%n", op.name(), total.apdus() / runs,
                (total.commandBytes() + total.responseBytes()) / runs, card, p50, (p50 - card) / card * 100);
    }
}
