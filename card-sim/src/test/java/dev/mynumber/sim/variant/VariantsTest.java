package dev.mynumber.sim.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Variant names, parsing of lists, contradictions, and the documentation's table. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class VariantsTest {

    @Test
    void namesAreUniqueKebabCaseWithOneLineDescriptions() {
        assertEquals(Variant.values().length, Arrays.stream(Variant.values()).map(Variant::id).distinct().count());
        for (Variant v : Variant.values()) {
            assertTrue(v.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), v.id());
            assertTrue(!v.description().isBlank() && !v.description().contains("\n"), v.id());
            assertEquals(v, Variant.byId(v.id()).orElseThrow());
        }
    }

    @Test
    void parsesCommaSeparatedListsAndPrintsThemBack() {
        Variants v = Variants.parse(" short-apdu , df52-issuer,reselect-clears");
        assertEquals(EnumSet.of(Variant.SHORT_APDU, Variant.DF52_ISSUER, Variant.RESELECT_CLEARS), v.set());
        assertEquals(v, Variants.parse(v.toString()));
        assertEquals("df52-issuer", v.only(Variant.Layer.CONTENT).toString());
        assertSame(Variants.NONE, Variants.parse(""));
        assertSame(Variants.NONE, Variants.parse(null));
        assertTrue(Variants.parse("sign-once,sign-once").has(Variant.SIGN_ONCE));
    }

    @Test
    void unknownNamesAreRefusedWithTheValidOnes() {
        VariantException e = assertThrows(VariantException.class, () -> Variants.parse("reselect-clears,bogus"));
        assertEquals(VariantException.UNKNOWN, e.code());
        assertTrue(e.getMessage().startsWith("unknown variant 'bogus'; valid: df52-issuer, "), e.getMessage());
        assertEquals(VariantException.UNKNOWN, assertThrows(VariantException.class,
                () -> Variants.parse("short-apdu,")).code());
    }

    @Test
    void contradictionsAreRefusedNamingBothVariants() {
        for (String pair : new String[] {"sex-code-0,sex-code-9", "ca-2015,ca-2023", "select-fci,select-p2-6a86",
            "verify-no-ef-6986,verify-no-ef-6981"}) {
            VariantException e = assertThrows(VariantException.class, () -> Variants.parse(pair));
            assertEquals(VariantException.CONFLICT, e.code());
            for (String name : pair.split(",")) {
                assertTrue(e.getMessage().contains(name), e.getMessage());
            }
        }
        assertThrows(VariantException.class, () -> Variants.of(Variant.CA_2015, Variant.CA_2023));
    }

    @Test
    void everyVariantHasARowInTheDocumentation() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "card-variants.md"));
        for (Variant v : Variant.values()) {
            assertTrue(doc.contains("| `" + v.id() + "` |"), "docs/card-variants.md lacks " + v.id());
        }
    }
}
