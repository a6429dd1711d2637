package dev.mynumber.sim.fault;

/**
 * A fault specification that does not follow the documented syntax.
 *
 * <p>Unchecked, like {@link NumberFormatException}, because {@link FaultPlan#parse(String)} is a parser of
 * caller-supplied text whose signature is fixed by the team contract; {@link #code()} is stable.
 */
public final class FaultSpecException extends IllegalArgumentException {
    /** The stable error code of every fault-syntax error. */
    public static final String CODE = "FAULT_SPEC_INVALID";

    FaultSpecException(String message) {
        super(message);
    }

    /** Returns the stable error code {@value #CODE}. */
    public String code() {
        return CODE;
    }
}
