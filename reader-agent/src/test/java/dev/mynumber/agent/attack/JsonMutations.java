package dev.mynumber.agent.attack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a valid JSON request body, each of which the agent must refuse: the operators are
 * chosen so that no mutant is a valid request (truncation, trailing content, a duplicate key, an object or
 * array for a value, an unknown field, a broken structural character, a non-object body, invalid UTF-8).
 */
final class JsonMutations {
    private static final String STRUCTURE = "{}:,\"";
    private final Random random;

    JsonMutations(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} mutants of a flat JSON object body, as bytes. */
    List<byte[]> of(String body, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(mutate(body, random.nextInt(9)));
        }
        return out;
    }

    private byte[] mutate(String body, int operator) {
        String inner = body.substring(1, body.length() - 1);
        String[] fields = inner.split(",(?=\")");
        String field = fields[random.nextInt(fields.length)];
        String key = field.substring(0, field.indexOf(':'));
        return switch (operator) {
            case 0 -> utf8(body.substring(0, 1 + random.nextInt(body.length() - 1)));
            case 1 -> utf8(body + pick("x", "}", "]", "{}", "[]", "0", "\"a\"", "{\"pin\":\"1234\"}", "null"));
            case 2 -> utf8("{" + inner + "," + field + "}");
            case 3 -> utf8("{" + inner.replace(field, key + ":" + pick("{}", "[]", "{\"a\":1}", "[\"1234\"]",
                    "{\"pin\":\"1234\"}")) + "}");
            case 4 -> utf8("{" + inner + ",\"x" + Integer.toHexString(random.nextInt()) + "\":" + pick("1", "true",
                    "\"v\"", "null", "{}", "[" + "[".repeat(random.nextInt(200)) + "]".repeat(0) + "]") + "}");
            case 5 -> utf8(breakStructure(body));
            case 6 -> utf8(pick("[" + body + "]", "null", "1", "\"" + body.replace("\"", "\\\"") + "\"", "", " ",
                    "true"));
            case 7 -> invalidUtf8(body);
            default -> utf8("{" + inner.replace(field, key + ":" + key.replace("\"", "").length()) + ",\"bad"
                    + random.nextInt(1000) + "\":" + field.substring(field.indexOf(':') + 1) + "}");
        };
    }

    /** Replaces one structural character with another character (never leaves a valid request). */
    private String breakStructure(String body) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            if (STRUCTURE.indexOf(body.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        int at = positions.get(random.nextInt(positions.size()));
        char replacement = pick("x", "'", ";", "=", "\\", "[", "]", "(").charAt(0);
        return body.substring(0, at) + replacement + body.substring(at + 1);
    }

    private byte[] invalidUtf8(String body) {
        byte[] bytes = utf8(body);
        int at = 2 + random.nextInt(bytes.length - 3);
        byte[] out = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) (0x28 + random.nextInt(8));
        System.arraycopy(bytes, at, out, at + 2, bytes.length - at);
        return out;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
