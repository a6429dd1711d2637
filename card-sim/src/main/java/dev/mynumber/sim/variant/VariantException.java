package dev.mynumber.sim.variant;

/**
 * A variant list that cannot be played: an unknown name ({@value #UNKNOWN}) or contradictory variants
 * ({@value #CONFLICT}). The message names the culprits and what is valid.
 */
public final class VariantException extends IllegalArgumentException {
    /** Code of an unknown variant name. */
    public static final String UNKNOWN = "VARIANT_UNKNOWN";
    /** Code of two variants of one exclusive group. */
    public static final String CONFLICT = "VARIANT_CONFLICT";

    private final String code;

    VariantException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Returns the stable error code ({@value #UNKNOWN} or {@value #CONFLICT}). */
    public String code() {
        return code;
    }
}
