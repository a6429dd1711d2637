package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.verification.Verification.PageVerdict;
import dev.mynumber.card.verify.CheckReason;
import dev.mynumber.card.verify.CheckStatus;
import dev.mynumber.card.verify.VerdictReason;
import dev.mynumber.card.verify.VerdictStatus;
import dev.mynumber.verifier.CertificateStatus;
import dev.mynumber.verifier.RevocationStatus;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web client words every reason code the agent can send: each {@link CheckReason} has a Japanese and an
 * English entry in {@code public/js/reasons.js}, each {@link VerdictReason} a verdict sentence, and nothing else;
 * and the client's JSDoc types name exactly the constants of the Java status enums (one verdict vocabulary).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReasonWordsTest {
    /** A string-union type in the client's JSDoc, e.g. {@code "VALID"|"INVALID"|"INCOMPLETE"}. */
    private static final Pattern UNION = Pattern.compile("\"[A-Z_]+\"(?:\\|\"[A-Z_]+\")+");
    private static final Pattern KEY = Pattern.compile("^\\s+([A-Z][A-Z0-9_]+): \"[^\"]+\",$", Pattern.MULTILINE);

    private static String script() throws Exception {
        return script("reasons.js");
    }

    private static String script(String name) throws Exception {
        try (InputStream in = ReasonWordsTest.class.getResourceAsStream("/public/js/" + name)) {
            assertNotNull(in, name + " on the classpath (web-client)");
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

    @Test
    void theClientsVerdictTypesAreTheJavaStatusEnums() throws Exception {
        Set<Set<String>> unions = new HashSet<>();
        for (Matcher m = UNION.matcher(script("mynumber-agent.js")); m.find();) {
            unions.add(new TreeSet<>(List.of(m.group().replace("\"", "").split("\\|"))));
        }
        for (Enum<?>[] words : List.<Enum<?>[]>of(CheckStatus.values(), VerdictStatus.values(), PageVerdict.values(),
                CertificateStatus.values(), RevocationStatus.values(), VerdictReason.values())) {
            Set<String> expected = names(words);
            assertTrue(unions.contains(expected), "a JSDoc union in mynumber-agent.js for " + expected + ": " + unions);
        }
    }
}
