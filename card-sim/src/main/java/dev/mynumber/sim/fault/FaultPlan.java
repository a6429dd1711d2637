package dev.mynumber.sim.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An immutable list of faults to inject into a simulated card, parsed from a small text syntax.
 *
 * <p>Syntax: faults separated by commas, whitespace around them ignored, commands counted from 1:
 * <pre>
 *   remove-at:N          the card is removed when command N arrives (N is never processed)
 *   vanish-at:N          the reader disappears when command N arrives
 *   sw-at:N=XXXX         command N is not processed; the card answers status word XXXX (4 hex digits)
 *   corrupt-at:N[@I]     byte I (default 0) of response N is inverted (the last byte if shorter)
 *   delay:D              every response is delayed by D
 *   delay-at:N=D         response N is delayed by D
 * </pre>
 * where D is a whole number followed by {@code ms} or {@code s}. Example:
 * {@code sw-at:3=6A82,corrupt-at:4@10,delay:20ms}.
 */
public final class FaultPlan {
    private static final FaultPlan NONE = new FaultPlan(List.of());
    private final List<Fault> faults;

    private FaultPlan(List<Fault> faults) {
        this.faults = List.copyOf(faults);
    }

    /**
     * Parses a fault specification in the syntax of the class comment.
     *
     * @throws FaultSpecException naming the offending part when the text does not follow the syntax
     */
    public static FaultPlan parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new FaultSpecException("empty fault specification; expected e.g. remove-at:5 or sw-at:3=6A82");
        }
        List<Fault> parsed = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            parsed.add(FaultParser.parseOne(part.strip()));
        }
        return new FaultPlan(parsed);
    }

    /** Returns a plan of the given faults. */
    public static FaultPlan of(Fault... faults) {
        return new FaultPlan(List.of(faults));
    }

    /** Returns the plan without faults. */
    public static FaultPlan none() {
        return NONE;
    }

    /** Returns a plan with this plan's faults followed by the other's. */
    public FaultPlan and(FaultPlan other) {
        List<Fault> all = new ArrayList<>(faults);
        all.addAll(other.faults);
        return new FaultPlan(all);
    }

    /** Returns the faults in specification order. */
    public List<Fault> faults() {
        return faults;
    }

    /** Returns the canonical specification, which {@link #parse(String)} reads back to an equal plan. */
    @Override
    public String toString() {
        return faults.stream().map(Fault::spec).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaultPlan p && p.faults.equals(faults);
    }

    @Override
    public int hashCode() {
        return faults.hashCode();
    }
}
