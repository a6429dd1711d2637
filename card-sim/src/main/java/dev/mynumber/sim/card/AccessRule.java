package dev.mynumber.sim.card;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which verified key references open a file or a key: any one of them suffices; none listed means free.
 *
 * @param anyOf the key references of which one must be verified in the current application
 */
record AccessRule(Set<CardSecret> anyOf) {

    AccessRule {
        anyOf = anyOf.isEmpty() ? EnumSet.noneOf(CardSecret.class) : EnumSet.copyOf(anyOf);
    }

    /** A file anybody may read. */
    static AccessRule free() {
        return new AccessRule(EnumSet.noneOf(CardSecret.class));
    }

    /** A file opened by any one of the given key references. */
    static AccessRule anyOf(CardSecret first, CardSecret... more) {
        return new AccessRule(EnumSet.of(first, more));
    }

    /** Tells whether the verified key references satisfy this rule. */
    boolean satisfiedBy(Set<CardSecret> verified) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(verified::contains);
    }
}
