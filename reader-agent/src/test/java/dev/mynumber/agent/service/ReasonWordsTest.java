package dev.mynumber.agent.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.VerdictReason;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web client words every reason code the agent can send: each {@link CheckReason} has a Japanese and an
 * English entry in {@code public/js/reasons.js}, each {@link VerdictReason} a verdict sentence, and nothing else.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReasonWordsTest {
    private static final Pattern KEY = Pattern.compile("^\\s+([A-Z][A-Z0-9_]+): \"[^\"]+\",$", Pattern.MULTILINE);

    private static String script() throws Exception {
        try (InputStream in = ReasonWordsTest.class.getResourceAsStream("/public/js/reasons.js")) {
            assertNotNull(in, "reasons.js on the classpath (web-client)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The keys of the object literal that starts at {@code start} and ends at the next line {@code end}. */
    private static Set<String> keys(String js, String start, String end) {
        int from = js.indexOf(start);
        assertTrue(from >= 0, start);
        int to = js.indexOf(end, from + start.length());
        Matcher m = KEY.matcher(js.substring(from + start.length(), to));
        Set<String> keys = new TreeSet<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private static Set<String> names(Enum<?>[] constants) {
        return new TreeSet<>(Arrays.stream(constants).map(Enum::name).toList());
    }

    @Test
    void everyCheckReasonHasJapaneseAndEnglishWords() throws Exception {
        String js = script();
        Set<String> expected = names(CheckReason.values());
        assertEquals(expected, keys(js, "\n  ja: {\n", "\n  },\n"), "Japanese words");
        assertEquals(expected, keys(js, "\n  en: {\n", "\n  },\n"), "English words");
    }

    @Test
    void everyVerdictReasonHasASentence() throws Exception {
        assertEquals(names(VerdictReason.values()), keys(script(), "VERDICT_REASONS = {\n", "\n};\n"));
    }
}
