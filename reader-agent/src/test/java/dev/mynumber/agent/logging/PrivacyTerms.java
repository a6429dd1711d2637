package dev.mynumber.agent.logging;

import dev.mynumber.sim.persona.Persona;
import dev.mynumber.sim.persona.PersonaSecrets;
import dev.mynumber.sim.persona.Personas;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What must never be in a log or a file: the personas' secrets and personal data, and the tokens, in the
 * forms they travel in.
 */
final class PrivacyTerms {
    private final Set<String> bare = new LinkedHashSet<>();
    private final List<Pattern> shaped = new ArrayList<>();

    private PrivacyTerms() {
    }

    /** The terms for every built-in persona plus the given tokens. */
    static PrivacyTerms ofBuiltInPersonas(List<String> tokens) {
        PrivacyTerms t = new PrivacyTerms();
        tokens.forEach(t.bare::add);
        for (Persona p : Personas.builtIn()) {
            t.persona(p);
        }
        return t;
    }

    private void persona(Persona p) {
        for (String secret : PersonaSecrets.of(p).values()) {
            secret(secret);
        }
        String number = p.myNumber();
        bare.add(number);
        bare.add(number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8));
        text(p.name());
        p.nameKana().ifPresent(this::text);
        text(p.address());
        bare.add(p.birthDate().toString());
        bare.add(p.birthDate().format(DateTimeFormatter.BASIC_ISO_DATE));
        bare.add(p.birthDate().format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        secret(p.securityCode());
    }

    /** A secret: bare if long enough to be distinctive, else in the shapes it travels in. */
    private void secret(String value) {
        String hex = HexFormat.of().formatHex(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        shaped.add(Pattern.compile("(?i)" + hex));
        if (value.length() >= 6) {
            bare.add(value);
            return;
        }
        String q = Pattern.quote(value);
        shaped.add(Pattern.compile("\"[A-Za-z]+\"\\s*:\\s*\"" + q + "\""));
        shaped.add(Pattern.compile("(?i)(pin|password|code|secret)[^A-Za-z0-9]{0,3}" + q + "(?![0-9])"));
    }

    /** A name or an address: whole, and each part of at least two characters. */
    private void text(String value) {
        bare.add(value);
        for (String part : value.split("[\\s\u3000]+")) {
            if (part.codePointCount(0, part.length()) >= 2) {
                bare.add(part);
            }
        }
    }

    /**
     * Whether a term is in the text. A term of digits (a number, a date, a digit secret) counts only where it
     * stands on its own: inside a longer run of hex digits it is a chance match in a signature or a digest (a
     * deterministic signature over data that holds today's date made one such match), not the value itself,
     * whose hex-encoded forms the shaped patterns look for.
     */
    private static boolean appears(String text, String term) {
        if (!term.matches("[0-9][0-9 /-]*")) {
            return text.contains(term);
        }
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            boolean before = at > 0 && Character.digit(text.charAt(at - 1), 16) >= 0;
            int end = at + term.length();
            boolean after = end < text.length() && Character.digit(text.charAt(end), 16) >= 0;
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    /** How many terms there are. */
    int size() {
        return bare.size() + shaped.size();
    }

    /** The hits in a text, each as {@code where: term}. */
    List<String> find(String where, String text) {
        List<String> hits = new ArrayList<>();
        for (String term : bare) {
            if (appears(text, term)) {
                hits.add(where + ": " + term.substring(0, Math.min(4, term.length())) + "… in "
                        + text.substring(0, Math.min(160, text.length())).toLowerCase(Locale.ROOT));
            }
        }
        for (Pattern p : shaped) {
            if (p.matcher(text).find()) {
                hits.add(where + ": /" + p.pattern() + "/ in " + text.substring(0, Math.min(160, text.length())));
            }
        }
        return hits;
    }
}
