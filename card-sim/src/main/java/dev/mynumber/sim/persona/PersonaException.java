package dev.mynumber.sim.persona;

import java.io.IOException;

/**
 * A persona file that cannot be used: bad JSON syntax or an invalid field.
 *
 * <p>Messages name the field and the rule, never the value (values may be personal data).
 */
public final class PersonaException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Stable error codes. */
    public enum Code {
        /** The file is not well-formed JSON (the message gives line and column). */
        PERSONA_SYNTAX,
        /** A required field is missing. */
        PERSONA_MISSING_FIELD,
        /** A field has the wrong type or breaks a rule (e.g. My Number check digit). */
        PERSONA_INVALID_FIELD,
        /** A field name is not part of the format (usually a typo). */
        PERSONA_UNKNOWN_FIELD
    }

    private final Code code;

    /** Creates the exception. */
    public PersonaException(Code code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    /** Returns the stable error code. */
    public Code code() {
        return code;
    }
}
