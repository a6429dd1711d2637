/**
 * The simulated My Number card in JUnit 5 tests: {@link dev.mynumber.sim.junit.SimulatedCardExtension} and
 * {@link dev.mynumber.sim.junit.SimulatedCard} give each test fresh javax.smartcardio readers with a persona's card
 * and chosen faults, in the JVM, without the agent or pcscd.
 */
package dev.mynumber.sim.junit;
