package dev.mynumber.agent.simulator;

import io.javalin.http.Context;

/**
 * The simulator-control endpoints under {@code /api/v1/simulator}; present only with {@code --simulator}
 * (otherwise every one answers SIMULATOR_ONLY).
 */
public interface SimulatorEndpoints {
    /** {@code GET /personas}: the built-in test identities. */
    void personas(Context ctx);

    /** {@code GET /readers}: the simulated readers and which persona each holds. */
    void readers(Context ctx);

    /** {@code POST /readers} {@code {name}}: adds a simulated reader. */
    void addReader(Context ctx);

    /** {@code DELETE /readers/{reader}}: removes a simulated reader. */
    void removeReader(Context ctx);

    /** {@code POST /readers/{reader}/card} {@code {persona}}: inserts (or swaps in) a persona's card. */
    void insert(Context ctx);

    /** {@code DELETE /readers/{reader}/card}: removes the card. */
    void remove(Context ctx);

    /** {@code POST /readers/{reader}/reset-counters}: a fresh card of the same persona (all tries back). */
    void resetCounters(Context ctx);

    /** {@code POST /readers/{reader}/faults} {@code {plan}}: re-inserts the card with a FaultPlan. */
    void faults(Context ctx);

    /** {@code GET /readers/{reader}/apdu-log}: the masked APDU log of the card in the reader. */
    void apduLog(Context ctx);
}
