package dev.mynumber.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every "spec §n" and every source tag such as {@code [MC-text]} cited in the repository resolves in
 * docs/spec/mynumber-card.md, the project's copy of the card facts, so a citation can be followed in a clone.
 */
class SpecCitationsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SPEC = ROOT.resolve("docs/spec/mynumber-card.md");
    private static final Pattern SECTION_CITE = Pattern.compile("spec §(\\d+(?:\\.\\d+)?)");
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (\\d+(?:\\.\\d+)?)\\.? ", Pattern.MULTILINE);
    /** A hyphenated tag like {@code [MC-text]}; single words in brackets are too often not tags to check. */
    private static final Pattern TAG_CITE = Pattern.compile("\\[([A-Z][A-Z0-9]+-[A-Za-z0-9]+)]");

    @Test
    void everyCitedSectionAndSourceTagIsInTheRepositorysSpec() throws IOException {
        String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
        Set<String> sections = HEADING.matcher(spec).results().map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> tags = sourceTags(spec);
        Set<String> missing = new TreeSet<>();
        int citations = 0;
        for (Path file : citingFiles()) {
            String text = read(file);
            for (Matcher m = SECTION_CITE.matcher(text); m.find(); citations++) {
                if (!sections.contains(m.group(1))) {
                    missing.add(ROOT.relativize(file) + ": spec §" + m.group(1));
                }
            }
            for (Matcher m = TAG_CITE.matcher(text); m.find(); citations++) {
                if (!tags.contains(m.group(1))) {
                    missing.add(ROOT.relativize(file) + ": [" + m.group(1) + "]");
                }
            }
        }
        assertTrue(citations > 100, "expected the code to cite the spec; found " + citations);
        assertEquals(Set.of(), missing, "citations that do not resolve in docs/spec/mynumber-card.md");
    }

    /** The tags of the spec's Sources table: its first column, several tags separated by slashes. */
    private static Set<String> sourceTags(String spec) {
        String sources = spec.substring(spec.indexOf("\n## Sources"));
        return sources.lines().filter(l -> l.startsWith("| ")).map(l -> l.split("\\|")[1])
                .flatMap(cell -> Stream.of(cell.split("/"))).map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
    }

    private static List<Path> citingFiles() throws IOException {
        try (Stream<Path> all = Files.walk(ROOT)) {
            return all.filter(Files::isRegularFile)
                    .filter(SpecCitationsTest::isSource)
                    .filter(p -> !p.equals(SPEC))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".md")
                            || p.toString().endsWith(".js"))
                    .toList();
        }
    }

    /** Not build output, dependencies or hidden folders. */
    private static boolean isSource(Path file) {
        for (Path part : ROOT.relativize(file)) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
