package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardContents;
import java.time.Clock;

/**
 * Creates simulated My Number cards from personas.
 */
public final class SimulatedCards {

    private SimulatedCards() {
    }

    /** Builds the contents of a persona's card, certificates valid relative to the system clock. */
    public static CardContents contents(Persona p) {
        return contents(p, Clock.systemUTC());
    }

    /** Builds the contents of a persona's card, certificate validity relative to the given clock. */
    public static CardContents contents(Persona p, Clock clock) {
        return ContentsFactory.build(p, clock);
    }
}
