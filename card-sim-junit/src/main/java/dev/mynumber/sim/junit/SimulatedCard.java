package dev.mynumber.sim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link SimulatedCardExtension} for a simulated reader holding a fresh card, on a test parameter or field of
 * type {@link javax.smartcardio.TerminalFactory}, {@link javax.smartcardio.CardTerminal},
 * {@link dev.mynumber.sim.smartcardio.SimulatedReader} or {@link dev.mynumber.sim.smartcardio.SimulatedReaders}.
 *
 * <p>Each test gets its own readers, cards and PIN try counters. Several annotated parameters of one test that
 * name the same {@link #reader()} share that reader (the first one inserts the card).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface SimulatedCard {
    /** The name of the default reader, as {@code CardTerminal.getName()} reports it. */
    String DEFAULT_READER = "Simulated Reader 0";

    /** A built-in persona id (docs/personas.md: {@code adult}, {@code child}, {@code revoked}, ...) or a JSON file. */
    String persona() default "adult";

    /**
     * Faults armed when the card is inserted, in the simulator's syntax (docs/simulator-pcsc.md), e.g.
     * {@code "remove-at:3"} or {@code "sw-at:2=6A82,delay:20ms"}; empty for none. Commands count from 1.
     */
    String faults() default "";

    /** The reader's name. */
    String reader() default DEFAULT_READER;

    /**
     * Card and reader variants of the simulator (e.g. {@code short-apdu}, {@code reselect-clears};
     * docs/card-variants.md); an unknown or contradictory name fails the test rather than being ignored.
     */
    String[] variants() default {};

    /** Whether the card is in the reader at the start ({@code false}: an empty reader; insert it in the test). */
    boolean inserted() default true;
}
