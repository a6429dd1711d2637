package dev.mynumber.agent.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON request body whose secret fields are read straight into {@code char[]}, never into a String.
 *
 * <p>The streaming parser's own character buffer is copied from and the request bytes are zeroed after
 * parsing; this is best effort (the JVM and Jetty may hold copies). Close it to wipe the secrets.
 *
 * <p>Strict ({@link JsonBodies}): one JSON object and nothing after it, no duplicate keys, an object or array
 * where a value belongs is BAD_REQUEST, and {@link #allowOnly} refuses unknown fields.
 */
public final class SecretBody implements AutoCloseable {
    private static final Set<String> SECRETS = Set.of("pin", "password", "securityCode", "digits", "birthDate",
            "yymmdd");
    private static final JsonFactory FACTORY = JsonBodies.MAPPER.getFactory();
    /** Reads one value inside the body; the trailing-content check is done once, for the whole body. */
    private static final ObjectReader VALUE = JsonBodies.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Map<String, char[]> secrets = new HashMap<>();
    private final Map<String, JsonNode> fields = new HashMap<>();
    private final Map<String, SecretBody> objects = new HashMap<>();

    private SecretBody() {
    }

    /**
     * Parses a body and zeroes the given bytes.
     *
     * @param body the request body (wiped after parsing)
     * @return the parsed body
     * @throws AgentException BAD_REQUEST if not a JSON object
     */
    public static SecretBody parse(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new AgentException(AgentCode.BAD_REQUEST, "the body must be a JSON object");
            }
            SecretBody out = readObject(parser);
            if (parser.nextToken() != null) {
                out.close();
                throw new AgentException(AgentCode.BAD_REQUEST, "content after the JSON object");
            }
            return out;
        } catch (IOException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, "the body is not valid JSON");
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    private static SecretBody readObject(JsonParser parser) throws IOException {
        SecretBody out = new SecretBody();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (SECRETS.contains(name) && value == JsonToken.VALUE_STRING) {
                char[] buffer = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                out.secrets.put(name, Arrays.copyOfRange(buffer, offset, offset + parser.getTextLength()));
            } else if (value == JsonToken.START_OBJECT) {
                out.objects.put(name, readObject(parser));
            } else {
                out.fields.put(name, VALUE.readTree(parser));
            }
        }
        return out;
    }

    /**
     * Refuses any field not named here (BAD_REQUEST), so a misspelt field is an error instead of a default.
     *
     * @param names the fields this body may have
     * @return this body
     */
    public SecretBody allowOnly(String... names) {
        List<String> allowed = List.of(names);
        for (Set<String> present : List.of(secrets.keySet(), fields.keySet(), objects.keySet())) {
            for (String name : present) {
                if (!allowed.contains(name)) {
                    close();
                    throw new AgentException(AgentCode.BAD_REQUEST, "unknown field; allowed: " + allowed);
                }
            }
        }
        return this;
    }

    /** A secret field, or {@code null}; this body keeps ownership and wipes it on close. */
    public char[] secret(String name) {
        scalar(name);
        return secrets.get(name);
    }

    /** A nested object, or {@code null}; anything else under that name is BAD_REQUEST. */
    public SecretBody object(String name) {
        if (secrets.containsKey(name) || fields.containsKey(name) && !fields.get(name).isNull()) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must be an object");
        }
        return objects.get(name);
    }

    /** Refuses an object where a single value belongs (an array is refused by each reader below). */
    private void scalar(String name) {
        if (objects.containsKey(name)) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must not be an object");
        }
    }

    /** Whether a field (of any kind) is present. */
    public boolean has(String name) {
        return secrets.containsKey(name) || fields.containsKey(name) || objects.containsKey(name);
    }

    /** A boolean field; absent means false, anything but a JSON boolean is BAD_REQUEST. */
    public boolean flag(String name) {
        scalar(name);
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must be true or false");
        }
        return node.booleanValue();
    }

    /** A string field (not a secret), or {@code null}. */
    public String text(String name) {
        scalar(name);
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must be a string");
        }
        return node.textValue();
    }

    /** An integer field, or {@code null}. */
    public Integer integer(String name) {
        scalar(name);
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must be an integer");
        }
        return node.intValue();
    }

    /** A base64 field decoded, or {@code null}. */
    public byte[] base64(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, name + " must be base64");
        }
    }

    /** Wipes every secret, nested ones included. */
    @Override
    public void close() {
        secrets.values().forEach(chars -> Arrays.fill(chars, '\0'));
        objects.values().forEach(SecretBody::close);
    }
}
