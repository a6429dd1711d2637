package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsEveryValueKind() throws Exception {
        Object v = JsonReader
                .parse(" {\"a\": [1, -2.5, true, false, null], \"b\": \"x\\u00e9\\n\\\"\\\\\", \"c\": {}}\n");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(1L, -2.5, true, false, null));
        expected.put("b", "xé\n\"\\");
        expected.put("c", Map.of());
        assertEquals(expected, v);
        assertEquals(List.of(), JsonReader.parse("[]"));
        assertEquals(List.of(1L), JsonReader.parse("\uFEFF[1]"));
        assertEquals("試験　太郎", JsonReader.parse("\"試験　太郎\""));
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        assertError("{\n  \"a\": 1,\n  \"b\" 2\n}", "line 3, column 7: expected ':' but found '2'");
        assertError("{\"a\": tru}", "line 1, column 7: unexpected word");
        assertError("{\"a\": \"open", "line 1, column 12: unterminated string");
        assertError("{\"a\": 1} x", "line 1, column 10: unexpected content after the end");
        assertError("{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate field \"a\"");
        assertError("[1,]", "line 1, column 4: unexpected character ']'");
        assertError("{\"a\": \"\\q\"}", "line 1, column 9: invalid escape");
        assertError("", "line 1, column 1: unexpected end of input");
    }

    private static void assertError(String json, String expectedStart) {
        PersonaException e = assertThrows(PersonaException.class, () -> JsonReader.parse(json));
        assertEquals(PersonaException.Code.PERSONA_SYNTAX, e.code());
        String message = e.getMessage().substring("PERSONA_SYNTAX: ".length());
        assertEquals(expectedStart, message.substring(0, Math.min(message.length(), expectedStart.length())), message);
    }
}
