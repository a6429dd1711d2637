package dev.mynumber.examples.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every Java block of docs/integrators.md is an excerpt (lines in order) of a compiled sample in this module. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DocSamplesTest {
    static final Path DOC = Path.of("../../docs/integrators.md");
    static final Path SAMPLES = Path.of("src/test/java/dev/mynumber/examples/kiosk");

    @Test
    void javaBlocksAreCompiledSamples() throws Exception {
        Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<List<String>> sources = List.of(lines(SAMPLES.resolve("DocSamples.java")),
                lines(SAMPLES.resolve("MyCardCodeTest.java")));
        int count = 0;
        while (blocks.find()) {
            List<String> block = trimmed(blocks.group(1));
            assertTrue(sources.stream().anyMatch(s -> inOrder(block, s)), "not in a compiled sample:\n" + block);
            count++;
        }
        assertFalse(count == 0, "no java blocks found");
    }

    static boolean inOrder(List<String> block, List<String> source) {
        int at = 0;
        for (String line : block) {
            int found = source.subList(at, source.size()).indexOf(line);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    static List<String> lines(Path file) throws Exception {
        return trimmed(Files.readString(file));
    }

    static List<String> trimmed(String text) {
        List<String> out = new ArrayList<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("// ...")).forEach(out::add);
        return out;
    }
}
