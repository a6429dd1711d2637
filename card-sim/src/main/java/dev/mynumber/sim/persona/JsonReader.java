package dev.mynumber.sim.persona;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader (RFC 8259) for persona files, so card-sim needs no JSON library.
 *
 * <p>Values become {@code Map<String, Object>} (insertion ordered), {@code List<Object>}, {@code String},
 * {@code Long} (integers), {@code Double} (other numbers), {@code Boolean} or {@code null}. Duplicate keys
 * are an error. Syntax errors carry line and column; they never quote the text (it may be personal data).
 */
final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** Parses one JSON document. */
    static Object parse(String text) throws PersonaException {
        JsonReader reader = new JsonReader(text);
        if (text.startsWith("\uFEFF")) {
            reader.pos = 1; // a UTF-8 byte order mark some editors write
        }
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected content after the end of the document");
        }
        return value;
    }

    private Object value() throws PersonaException {
        if (pos >= text.length()) {
            throw error("unexpected end of input, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + printable(c) + "', expected a value");
        }
    }

    private Map<String, Object> object() throws PersonaException {
        Map<String, Object> map = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw error("expected a field name in double quotes");
            }
            int keyPos = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyPos;
                throw error("duplicate field \"" + key + "\"");
            }
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array() throws PersonaException {
        List<Object> list = new ArrayList<>();
        expect('[');
        skipSpace();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() throws PersonaException {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                sb.append(escape());
            } else if (c < 0x20) {
                pos--;
                throw error("control character in a string (escape it or close the string)");
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char escape() throws PersonaException {
        if (pos >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            default:
                pos--;
                throw error("invalid escape '\\" + printable(c) + "'");
        }
    }

    private char unicodeEscape() throws PersonaException {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("invalid \\u escape, expected 4 hex digits");
        }
    }

    private Object number() throws PersonaException {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        boolean integral = true;
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            integral &= Character.isDigit(text.charAt(pos));
            pos++;
        }
        String token = text.substring(start, pos);
        try {
            return integral ? (Object) Long.valueOf(token) : (Object) Double.valueOf(token);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("malformed number");
        }
    }

    private Object literal(String word, Object value) throws PersonaException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word, expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws PersonaException {
        if (!peek(c)) {
            throw error(pos >= text.length() ? "unexpected end of input, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + printable(text.charAt(pos)) + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private PersonaException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new PersonaException(PersonaException.Code.PERSONA_SYNTAX,
                "line " + line + ", column " + column + ": " + message);
    }
}
