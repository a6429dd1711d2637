package dev.mynumber.benchmark;

import com.fasterxml.jackson.databind.JsonNode;

/** Waits until the agent reports a card in every reader (card detection runs on the readers' threads). */
final class Readiness {
    private Readiness() {
    }

    static void awaitCards(Http http, int readers) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Http.Answer a = http.call("/readers", null);
            int present = 0;
            JsonNode list = a.body().isArray() ? a.body() : a.body().path("readers");
            for (JsonNode reader : list) {
                if (reader.path("cardPresent").asBoolean() && !reader.path("busy").asBoolean()) {
                    present++;
                }
            }
            if (a.status() == 200 && present >= readers) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L); // poll every 10 ms
        }
        throw new IllegalStateException("the cards were not detected within 30 s");
    }
}
