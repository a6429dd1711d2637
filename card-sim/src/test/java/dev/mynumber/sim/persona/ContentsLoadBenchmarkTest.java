package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import org.junit.jupiter.api.Test;

/** Prints how long building the built-in personas' card contents takes (a figure, not an assertion). */
class ContentsLoadBenchmarkTest {

    @Test
    void printsLoadTimes() {
        // uncached builds (explicit clock); the cached path is measured at the end
        long start = System.nanoTime();
        CardContents first = SimulatedCards.contents(Personas.builtIn("adult"), java.time.Clock.systemUTC());
        long firstNanos = System.nanoTime() - start;
        start = System.nanoTime();
        for (Persona p : Personas.builtIn()) {
            assertTrue(SimulatedCards.contents(p, java.time.Clock.systemUTC()).file(CardFile.TEXT_MY_NUMBER)
                    .isPresent(), p.id());
        }
        long allNanos = System.nanoTime() - start;
        SimulatedCards.contents(Personas.builtIn("child"));
        start = System.nanoTime();
        SimulatedCards.create("child");
        long cachedNanos = System.nanoTime() - start;
        System.out.printf("[benchmark] SimulatedCards.create(\"child\") with cached contents: %.2f ms%n",
                cachedNanos / 1e6);
        System.out.printf(
                "[benchmark] first contents built here (includes font and JP2 codec start-up if this test runs first): %.1f ms%n",
                firstNanos / 1e6);
        System.out.printf("[benchmark] all %d built-in personas afterwards: %.1f ms (%.1f ms each)%n",
                Personas.BUILT_IN_IDS.size(), allNanos / 1e6, allNanos / 1e6 / Personas.BUILT_IN_IDS.size());
        assertTrue(first.file(CardFile.VISUAL_FACE).isPresent());
    }
}
