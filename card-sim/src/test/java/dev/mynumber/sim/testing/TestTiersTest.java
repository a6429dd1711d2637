package dev.mynumber.sim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every test class of the repository that needs the real stack carries its tier's tag, so that
 * {@code -DexcludedGroups=pcsc,browser} (docs/development.md) really leaves out pcscd, vpcd, OpenSC, openssl and
 * Chromium. The check reads the test sources of all modules: a class that calls one of the real-stack helpers
 * (or opens Chromium) must say {@code @Tag("pcsc")} (or {@code @Tag("browser")}) on itself or on the test method.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TestTiersTest {
    /** Calls that need pcscd + vpcd, OpenSC, openssl or another installed tool (the helpers skip without them). */
    static final Pattern PCSC = Pattern.compile(
            "\\bRealStack\\.(requireVpcdSlot0|requireTools|sunPcsc|emptyVpcdTerminal)\\b"
                    + "|\\bRealTools?\\.(require\\w*|openssl|run)\\b|\\bOpenssl\\.\\w+\\(");
    /** Real headless Chromium: the reader-agent browser package's driver and set-ups, or a driver of its own. */
    static final Pattern BROWSER = Pattern.compile(
            "\\bBrowser\\.open\\(|\\bCrossOrigin\\.start\\(|\\bnew ChromeDriver\\(|\\bextends PageTestSupport\\b");
    static final Pattern TEST_METHOD = Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b");
    /** RealStack's own self-test: it calls the helpers with programs that cannot exist and needs nothing installed. */
    static final List<String> EXEMPT = List.of("RealStackTest.java");

    @Test
    void everyRealStackOrBrowserTestCarriesItsTag() throws IOException {
        Path root = repositoryRoot();
        List<Path> tests = testSources(root);
        List<String> untagged = new ArrayList<>();
        for (Path file : tests) {
            if (!EXEMPT.contains(file.getFileName().toString())) {
                String name = root.relativize(file).toString();
                missingTags(Files.readString(file)).forEach(tag -> untagged.add(name + " needs " + tag));
            }
        }
        assertEquals(List.of(), untagged);
        // the scan saw every module's tests, not an empty directory
        for (String module : List.of("apdu", "card-sim", "reader-agent", "token-verifier", "examples/kiosk-backend")) {
            boolean seen = tests.stream().anyMatch(p -> root.relativize(p).startsWith(module));
            assertTrue(seen, "no tests seen in " + module);
        }
    }

    @Test
    void theRuleSeesAnUntaggedRealTestAndAcceptsATaggedOne() {
        String real = "class A {\n    @Test\n    void t() {\n        RealStack.requireVpcdSlot0();\n    }\n}\n";
        assertEquals(List.of("@Tag(\"pcsc\")"), missingTags(real));
        assertEquals(List.of(), missingTags(real.replace("    @Test\n", "    @Test\n    @Tag(\"pcsc\")\n")));
        String page = "@Tag(\"pcsc\")\nclass B extends PageTestSupport {\n"
                + "    @Test\n    void t() { Openssl.cms(); }\n}\n";
        assertEquals(List.of("@Tag(\"browser\")"), missingTags(page));
        assertEquals(List.of(), missingTags("final class Helper { void h() { RealTools.require(\"openssl\"); } }"),
                "a helper without tests of its own is checked through the tests that call it");
    }

    /** The tags a test source lacks for what it calls; none for helpers (no test methods of their own). */
    static List<String> missingTags(String source) {
        List<String> missing = new ArrayList<>();
        if (!TEST_METHOD.matcher(source).find()) {
            return missing;
        }
        for (Map.Entry<String, Pattern> tier : Map.of("pcsc", PCSC, "browser", BROWSER).entrySet()) {
            String tag = "@Tag(\"" + tier.getKey() + "\")";
            if (tier.getValue().matcher(source).find() && !source.contains(tag)) {
                missing.add(tag);
            }
        }
        return missing;
    }

    private static List<Path> testSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().contains("src/test/java/"))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The directory holding {@code .mvn} (Maven's own marker of the top of a multi-module project). */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new AssertionError("no .mvn directory above " + Path.of("").toAbsolutePath());
    }
}
