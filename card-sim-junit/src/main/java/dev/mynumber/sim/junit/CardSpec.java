package dev.mynumber.sim.junit;

import dev.mynumber.sim.SimCard;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultyCard;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.variant.Variants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What card a reader gets: persona, faults, variants, reader name, inserted or not.
 *
 * @param persona a built-in persona id or a persona JSON file
 * @param faults the fault plan in the simulator's syntax, empty for none
 * @param reader the reader's name
 * @param variants card and reader variants of the simulator, e.g. {@code short-apdu} (docs/card-variants.md)
 * @param inserted whether the card starts in the reader
 */
public record CardSpec(String persona, String faults, String reader, List<String> variants, boolean inserted) {
    /** Stable code of the failure when a variant is asked for and the simulator has none. */

    /** Copies the variants and rejects nulls. */
    public CardSpec {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(reader, "reader");
        variants = List.copyOf(variants);
    }

    /** The default: the {@code adult} persona, no faults, in {@value SimulatedCard#DEFAULT_READER}. */
    public static CardSpec defaults() {
        return new CardSpec("adult", "", SimulatedCard.DEFAULT_READER, List.of(), true);
    }

    static CardSpec of(SimulatedCard a) {
        return new CardSpec(a.persona(), a.faults(), a.reader(), List.of(a.variants()), a.inserted());
    }

    /**
     * Builds a new card (fresh in-memory PIN try counters), wrapped with its faults when there are any.
     *
     * @throws IllegalArgumentException for an unknown persona, a bad fault plan or an unknown or contradictory variant
     */
    public SimCard newCard() {
        FaultPlan plan = faults.isBlank() ? FaultPlan.none() : FaultPlan.parse(faults);
        SimCard card = create();
        return plan.faults().isEmpty() ? card : new FaultyCard(card, plan);
    }

    // The one place where variants reach the simulator (docs/card-variants.md): an unknown or contradictory
    // name fails the test with the simulator's VARIANT_UNKNOWN / VARIANT_CONFLICT message.
    private SimCard create() {
        Variants chosen = Variants.parse(String.join(",", variants));
        try {
            return SimulatedCards.create(persona, null, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException("persona " + persona + " cannot be read", e);
        }
    }
}
