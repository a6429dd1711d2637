package dev.mynumber.sim.persona;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to one JSON object of a persona file, with errors that name the field path and the rule.
 */
final class JsonFields {
    private final Map<String, Object> map;
    private final String path;
    private final Set<String> read = new HashSet<>();

    JsonFields(Object value, String path) throws PersonaException {
        if (!(value instanceof Map)) {
            throw invalid(path, "must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) value;
        this.map = m;
        this.path = path;
    }

    /** Returns the field names present. */
    Set<String> names() {
        return map.keySet();
    }

    String string(String name) throws PersonaException {
        Object v = get(name);
        if (v == null) {
            throw new PersonaException(PersonaException.Code.PERSONA_MISSING_FIELD, where(name) + " is required");
        }
        return asString(name, v);
    }

    String string(String name, String fallback) throws PersonaException {
        Object v = get(name);
        return v == null ? fallback : asString(name, v);
    }

    boolean bool(String name, boolean fallback) throws PersonaException {
        Object v = get(name);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean)) {
            throw invalid(where(name), "must be true or false");
        }
        return (Boolean) v;
    }

    LocalDate date(String name) throws PersonaException {
        String s = string(name);
        try {
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("shape", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw invalid(where(name), "must be a date YYYY-MM-DD");
        }
    }

    int integer(String name) throws PersonaException {
        Object v = get(name);
        if (!(v instanceof Long) || (Long) v < 0 || (Long) v > Integer.MAX_VALUE) {
            throw invalid(where(name), "must be a non-negative integer");
        }
        return ((Long) v).intValue();
    }

    List<Integer> integers(String name) throws PersonaException {
        Object v = get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List)) {
            throw invalid(where(name), "must be an array of integers");
        }
        List<Integer> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            if (!(o instanceof Long) || (Long) o < 0 || (Long) o > Integer.MAX_VALUE) {
                throw invalid(where(name), "must be an array of non-negative integers");
            }
            out.add(((Long) o).intValue());
        }
        return out;
    }

    JsonFields object(String name) throws PersonaException {
        Object v = get(name);
        return new JsonFields(v == null ? Map.of() : v, where(name));
    }

    /** Fails on any field that was never asked for: catches typos such as {@code "pin"} for {@code "pins"}. */
    void rejectUnknown() throws PersonaException {
        for (String name : map.keySet()) {
            if (!read.contains(name)) {
                throw new PersonaException(PersonaException.Code.PERSONA_UNKNOWN_FIELD,
                        where(name) + " is not a persona field (see docs/personas.md)");
            }
        }
    }

    String where(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static PersonaException invalid(String where, String rule) {
        return new PersonaException(PersonaException.Code.PERSONA_INVALID_FIELD, where + " " + rule);
    }

    private Object get(String name) {
        read.add(name);
        return map.get(name);
    }

    private String asString(String name, Object v) throws PersonaException {
        if (!(v instanceof String)) {
            throw invalid(where(name), "must be a string");
        }
        return (String) v;
    }
}
