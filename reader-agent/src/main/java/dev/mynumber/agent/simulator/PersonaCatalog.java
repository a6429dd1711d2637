package dev.mynumber.agent.simulator;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.variant.Variants;
import java.util.List;
import java.util.Map;

/** The card-sim personas as the agent offers them: ids, names, and fresh cards. */
public final class PersonaCatalog {
    /** The persona inserted in the first reader with {@code --simulator}. */
    public static final String DEFAULT_PERSONA = "adult";

    private PersonaCatalog() {
    }

    /**
     * A fresh card (fresh counters) of a built-in persona.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static SimCard card(String personaId) {
        return SimulatedCards.create(personaId);
    }

    /**
     * A fresh card (fresh counters) of a built-in persona playing card and reader variants.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static SimCard card(String personaId, Variants variants) {
        return SimulatedCards.create(personaId, variants);
    }

    /** The built-in personas ({@code id}, {@code displayName}). */
    public static List<Map<String, String>> list() {
        return Personas.builtIn().stream()
                .map(p -> Map.of("id", p.id(), "displayName", p.displayName())).toList();
    }
}
