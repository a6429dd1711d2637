package dev.mynumber.sim.persona;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in personas (JSON resources) and loading of persona files (format: docs/personas.md).
 */
public final class Personas {
    /** Ids of the built-in personas, in menu order. */
    public static final List<String> BUILT_IN_IDS = List.of(
            "adult", "child", "auth-blocked", "substitute-chars", "expired", "foreign-resident", "revoked");
    private static final Map<String, Persona> CACHE = new ConcurrentHashMap<>();

    private Personas() {
    }

    /** Returns every built-in persona. */
    public static List<Persona> builtIn() {
        List<Persona> all = new ArrayList<>();
        BUILT_IN_IDS.forEach(id -> all.add(builtIn(id)));
        return all;
    }

    /**
     * Returns one built-in persona.
     *
     * @throws IllegalArgumentException for an unknown id (the message lists the valid ids)
     */
    public static Persona builtIn(String id) {
        if (!BUILT_IN_IDS.contains(id)) {
            throw new IllegalArgumentException("unknown persona '" + id + "'; built-in personas: " + BUILT_IN_IDS);
        }
        return CACHE.computeIfAbsent(id, Personas::readBuiltIn);
    }

    /** Tells whether this is one of the built-in persona instances (not a file persona with the same id). */
    public static boolean isBuiltIn(Persona p) {
        return BUILT_IN_IDS.contains(p.id()) && builtIn(p.id()) == p;
    }

    /**
     * Loads a persona from a JSON file (UTF-8).
     *
     * @throws PersonaException (an {@code IOException}) with a stable code for bad syntax or an invalid field
     */
    public static Persona load(Path json) throws IOException {
        return parse(Files.readString(json, StandardCharsets.UTF_8));
    }

    /** Parses a persona from JSON text. */
    public static Persona parse(String json) throws PersonaException {
        return PersonaParser.parse(json);
    }

    private static Persona readBuiltIn(String id) {
        try (InputStream in = Personas.class.getResourceAsStream(id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("built-in persona resource missing: " + id);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (PersonaException e) {
            throw new IllegalStateException("built-in persona " + id + " is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
