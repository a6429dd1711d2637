package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonaParserTest {
    static final String MINIMAL = "{\"id\": \"mine\", \"displayName\": \"Mine\", \"name\": \"見本　一郎\","
            + " \"address\": \"東京都\", \"birthDate\": \"2019-05-01\", \"sex\": \"1\", \"myNumber\": \"123400000012\","
            + " \"securityCode\": \"0001\", \"cardExpiry\": \"2030-05-01\"%s}";

    static Persona parse(String extra) throws PersonaException {
        return Personas.parse(String.format(MINIMAL, extra));
    }

    @Test
    void minimalPersonaGetsDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, String.format(MINIMAL, ""));
        Persona p = Personas.load(file);
        assertEquals("mine", p.id());
        assertTrue(p.hasSigningCertificate());
        assertEquals("custom", p.card().keySet());
        var secrets = PersonaSecrets.of(p);
        assertEquals("1234", secrets.get(CardSecret.JPKI_AUTH_PIN));
        assertEquals("ABC123", secrets.get(CardSecret.JPKI_SIGN_PASSWORD));
        assertEquals("123400000012", secrets.get(CardSecret.TEXT_CODE_A));
        assertEquals("01050120300001", secrets.get(CardSecret.TEXT_CODE_B));
        assertEquals("01050120300001", secrets.get(CardSecret.VISUAL_CODE_B));
        assertEquals("010501", secrets.get(CardSecret.VISUAL_BIRTH_DATE));
        assertEquals("Persona[mine]", p.toString());
    }

    @Test
    void pinsAndTriesOverrideDefaults() throws Exception {
        Persona p = parse(", \"pins\": {\"auth\": \"9876\", \"sign\": \"PASS99\"}, \"initialTries\": {\"sign\": 2}");
        assertEquals("9876", PersonaSecrets.of(p).get(CardSecret.JPKI_AUTH_PIN));
        assertEquals("PASS99", PersonaSecrets.of(p).get(CardSecret.JPKI_SIGN_PASSWORD));
        assertEquals(2, p.initialTries().get(CardSecret.JPKI_SIGN_PASSWORD));
        Persona child = parse(", \"hasSigningCertificate\": false");
        assertFalse(PersonaSecrets.of(child).containsKey(CardSecret.JPKI_SIGN_PASSWORD));
    }

    @Test
    void theExampleInDocsParses() throws Exception {
        String doc = Files.readString(Path.of("../docs/personas.md"));
        int start = doc.indexOf("```json\n") + 8;
        Persona p = Personas.parse(doc.substring(start, doc.indexOf("```", start)));
        assertEquals("sign-locked", p.id());
        assertEquals(1, p.initialTries().get(CardSecret.JPKI_SIGN_PASSWORD));
        assertEquals("TEST2024", PersonaSecrets.of(p).get(CardSecret.JPKI_SIGN_PASSWORD));
    }

    @Test
    void invalidFieldsGiveClearErrorsWithoutValues() {
        assertInvalid(String.format(MINIMAL, "").replace("123400000012", "123400000013"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "myNumber has a wrong check digit");
        assertInvalid(String.format(MINIMAL, "").replace("\"securityCode\": \"0001\", ", ""),
                PersonaException.Code.PERSONA_MISSING_FIELD, "securityCode is required");
        assertInvalid(String.format(MINIMAL, ", \"pin\": {}"), PersonaException.Code.PERSONA_UNKNOWN_FIELD,
                "pin is not a persona field");
        assertInvalid(String.format(MINIMAL, ", \"pins\": {\"auth\": \"12345\"}"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "pins.auth must be 4 digits");
        assertInvalid(String.format(MINIMAL, ", \"pins\": {\"sign\": \"abcdef\"}"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "pins.sign must be 6-16 characters");
        assertInvalid(String.format(MINIMAL, ", \"initialTries\": {\"auth\": 4}"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "initialTries.auth must be at most 3");
        assertInvalid(String.format(MINIMAL, ", \"nameSubstitutePositions\": [5]"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "nameSubstitutePositions has a position beyond");
        assertInvalid(String.format(MINIMAL, "").replace("2019-05-01", "2019-02-30"),
                PersonaException.Code.PERSONA_INVALID_FIELD, "birthDate must be a date YYYY-MM-DD");
        assertInvalid(String.format(MINIMAL, ", \"keySet\": \"nope\""),
                PersonaException.Code.PERSONA_INVALID_FIELD, "keySet must be one of");
        assertInvalid("[1]", PersonaException.Code.PERSONA_INVALID_FIELD, "must be a JSON object");
    }

    private static void assertInvalid(String json, PersonaException.Code code, String messagePart) {
        PersonaException e = assertThrows(PersonaException.class, () -> Personas.parse(json));
        assertEquals(code, e.code());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertFalse(e.getMessage().contains("12340000001"), "no My Number in messages");
    }
}
