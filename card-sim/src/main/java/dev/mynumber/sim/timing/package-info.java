/**
 * A card timing model for the simulator (issue 17): {@link dev.mynumber.sim.timing.TimedCard} makes any simulated
 * card answer as slowly as a contact or contactless reader with a real card would. Off by default; benchmarks and
 * {@code vpcd --timing contact|contactless} turn it on.
 */
package dev.mynumber.sim.timing;
