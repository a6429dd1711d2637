package dev.mynumber.sim.persona;

import dev.mynumber.sim.card.CardSecret;
import dev.mynumber.sim.pki.KeyRoles;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a persona JSON document into a validated {@link Persona} (format: docs/personas.md).
 */
final class PersonaParser {
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";
    private static final String PASSWORD_PATTERN = "(?=.*[A-Z])(?=.*[0-9])[A-Z0-9]{6,16}";

    private PersonaParser() {
    }

    /** Parses and validates one persona document. */
    static Persona parse(String json) throws PersonaException {
        JsonFields f = new JsonFields(JsonReader.parse(json), "");
        String id = f.string("id");
        check(id.matches(ID_PATTERN), "id", "must be 1-40 lower-case letters, digits or '-', starting alphanumeric");
        String displayName = f.string("displayName");
        check(!displayName.isBlank(), "displayName", "must not be blank");
        Persona.Identity identity = identity(f);
        Persona.CardFacts card = card(f, id);
        Map<CardSecret, String> pins = pins(f.object("pins"));
        Map<CardSecret, Integer> tries = tries(f.object("initialTries"));
        f.rejectUnknown();
        if (!card.hasSigningCertificate() && pins.containsKey(CardSecret.JPKI_SIGN_PASSWORD)) {
            throw JsonFields.invalid("pins.sign", "is not allowed when hasSigningCertificate is false");
        }
        return new Persona(id, displayName, identity, card, pins, tries);
    }

    private static Persona.Identity identity(JsonFields f) throws PersonaException {
        String name = f.string("name");
        check(!name.isBlank(), "name", "must not be blank");
        Optional<String> kana = Optional.ofNullable(f.string("nameKana", null));
        String address = f.string("address");
        check(!address.isBlank(), "address", "must not be blank");
        var birthDate = f.date("birthDate");
        check(!birthDate.isBefore(java.time.LocalDate.of(1868, 1, 25)), "birthDate",
                "must not be before the Meiji era");
        String sex = f.string("sex");
        check(List.of("1", "2", "9").contains(sex), "sex",
                "must be \"1\" (male), \"2\" (female) or \"9\" (not applicable)");
        String myNumber = f.string("myNumber");
        check(myNumber.length() == 12 && MyNumbers.allDigits(myNumber), "myNumber", "must be 12 digits");
        check(MyNumbers.isValid(myNumber), "myNumber", "has a wrong check digit (spec §8)");
        String code = f.string("securityCode");
        check(code.length() == 4 && MyNumbers.allDigits(code), "securityCode", "must be 4 digits");
        List<Integer> nameSubs = positions(f, "nameSubstitutePositions", name);
        List<Integer> addressSubs = positions(f, "addressSubstitutePositions", address);
        return new Persona.Identity(name, kana, address, birthDate, sex, myNumber, code, nameSubs, addressSubs);
    }

    private static Persona.CardFacts card(JsonFields f, String id) throws PersonaException {
        var expiry = f.date("cardExpiry");
        String certs = f.string("certificates", "valid");
        check(List.of("valid", "expired", "revoked").contains(certs), "certificates",
                "must be \"valid\", \"expired\" or \"revoked\"");
        boolean signing = f.bool("hasSigningCertificate", true);
        String prefecture = f.string("prefecture", "Tokyo");
        String municipality = f.string("municipality", "Chiyoda-ku");
        check(prefecture.matches("[A-Za-z -]{1,40}"), "prefecture", "must be romanised (ASCII letters)");
        check(municipality.matches("[A-Za-z -]{1,40}"), "municipality", "must be romanised (ASCII letters)");
        String code = f.string("municipalityCode", "13101");
        check(code.length() == 5 && MyNumbers.allDigits(code), "municipalityCode", "must be 5 digits");
        String keySet = f.string("keySet", KeyRoles.KEY_SETS.contains(id) ? id : "custom");
        check(KeyRoles.KEY_SETS.contains(keySet), "keySet", "must be one of " + KeyRoles.KEY_SETS);
        return new Persona.CardFacts(expiry, Persona.CertificateState.valueOf(certs.toUpperCase(Locale.ROOT)),
                signing, prefecture, municipality, code, keySet);
    }

    private static Map<CardSecret, String> pins(JsonFields f) throws PersonaException {
        Map<CardSecret, String> out = new EnumMap<>(CardSecret.class);
        for (String name : f.names()) {
            CardSecret secret = SecretNames.PINS.get(name);
            if (secret == null) {
                throw new PersonaException(PersonaException.Code.PERSONA_UNKNOWN_FIELD,
                        f.where(name) + " is not a PIN name; valid: " + SecretNames.PINS.keySet());
            }
            String value = f.string(name);
            boolean ok = secret == CardSecret.JPKI_SIGN_PASSWORD ? value.matches(PASSWORD_PATTERN)
                    : value.length() == 4 && MyNumbers.allDigits(value);
            check(ok, f.where(name), secret == CardSecret.JPKI_SIGN_PASSWORD
                    ? "must be 6-16 characters A-Z/0-9 with at least one letter and one digit" : "must be 4 digits");
            out.put(secret, value);
        }
        return out;
    }

    private static Map<CardSecret, Integer> tries(JsonFields f) throws PersonaException {
        Map<CardSecret, Integer> out = new EnumMap<>(CardSecret.class);
        for (String name : f.names()) {
            CardSecret secret = SecretNames.TRIES.get(name);
            if (secret == null) {
                throw new PersonaException(PersonaException.Code.PERSONA_UNKNOWN_FIELD,
                        f.where(name) + " is not a secret name; valid: " + SecretNames.TRIES.keySet());
            }
            int tries = f.integer(name);
            check(tries <= secret.maxTries(), f.where(name), "must be at most " + secret.maxTries());
            out.put(secret, tries);
        }
        return out;
    }

    private static List<Integer> positions(JsonFields f, String field, String text) throws PersonaException {
        List<Integer> positions = f.integers(field);
        int length = text.codePointCount(0, text.length());
        for (int p : positions) {
            check(p < length, field, "has a position beyond the end of the text");
        }
        return List.copyOf(positions);
    }

    private static void check(boolean ok, String where, String rule) throws PersonaException {
        if (!ok) {
            throw JsonFields.invalid(where, rule);
        }
    }
}
