package dev.mynumber.sim.variant;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A consistent set of {@link Variant}s chosen for one simulated card and its reader; {@link #NONE} is the
 * simulator's default behaviour.
 *
 * <p>Parsed from a comma-separated list of names ({@code reselect-clears,short-apdu}); unknown names and two
 * variants of one exclusive group are refused with a {@link VariantException}.
 */
public final class Variants {
    /** No variant: the simulator's default behaviour. */
    public static final Variants NONE = new Variants(EnumSet.noneOf(Variant.class));

    private final Set<Variant> set;

    private Variants(Set<Variant> set) {
        this.set = Collections.unmodifiableSet(EnumSet.copyOf(set.isEmpty() ? EnumSet.noneOf(Variant.class) : set));
    }

    /**
     * Returns the set of the given variants.
     *
     * @throws VariantException if two of them belong to the same exclusive group
     */
    public static Variants of(Variant... variants) {
        return of(variants.length == 0 ? EnumSet.noneOf(Variant.class) : EnumSet.copyOf(Arrays.asList(variants)));
    }

    /**
     * Returns the set of the given variants.
     *
     * @throws VariantException if two of them belong to the same exclusive group
     */
    public static Variants of(Set<Variant> variants) {
        for (Variant a : variants) {
            for (Variant b : variants) {
                if (a.ordinal() < b.ordinal() && a.group().isPresent() && a.group().equals(b.group())) {
                    throw new VariantException(VariantException.CONFLICT, "variants " + a.id() + " and " + b.id()
                            + " contradict each other (both set " + a.group().get() + "); choose one");
                }
            }
        }
        return new Variants(variants);
    }

    /**
     * Parses a comma-separated list of variant names; blank or null means {@link #NONE}.
     *
     * @throws VariantException for an unknown name (the message lists the valid ones) or a contradiction
     */
    public static Variants parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        Set<Variant> chosen = EnumSet.noneOf(Variant.class);
        for (String name : list.split(",", -1)) {
            String id = name.strip();
            Optional<Variant> v = Variant.byId(id);
            if (v.isEmpty()) {
                throw new VariantException(VariantException.UNKNOWN, "unknown variant '" + id + "'; valid: "
                        + Arrays.stream(Variant.values()).map(Variant::id).collect(Collectors.joining(", ")));
            }
            chosen.add(v.get());
        }
        return of(chosen);
    }

    /** Tells whether a variant is chosen. */
    public boolean has(Variant v) {
        return set.contains(v);
    }

    /** Returns the chosen variants (read-only). */
    public Set<Variant> set() {
        return set;
    }

    /** Tells whether no variant is chosen. */
    public boolean isEmpty() {
        return set.isEmpty();
    }

    /** Returns only the variants of one layer. */
    public Variants only(Variant.Layer layer) {
        return new Variants(set.stream().filter(v -> v.layer() == layer)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Variant.class))));
    }

    /** Returns the comma-separated names in declaration order ({@code ""} for none): parseable again. */
    @Override
    public String toString() {
        return set.stream().map(Variant::id).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variants other && set.equals(other.set);
    }

    @Override
    public int hashCode() {
        return set.hashCode();
    }
}
