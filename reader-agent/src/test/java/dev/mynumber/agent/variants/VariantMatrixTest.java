package dev.mynumber.agent.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.agent.support.CardOperationsScript;
import dev.mynumber.agent.support.CardOperationsScript.Outcome;
import dev.mynumber.agent.support.Http;
import dev.mynumber.agent.support.TestAgent;
import dev.mynumber.sim.variant.Variant;
import dev.mynumber.sim.variant.Variants;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fidelity's matrix: every card operation of the API (card-info by PIN and by 照合番号B, both certificates,
 * authenticate, sign RAW and CMS, pin-status, the last-try gate and a blocked PIN) on a card of every variant the
 * simulator plays (docs/card-variants.md), alone and in combinations, in-JVM. Nothing is configured per variant:
 * the client must adapt from the card's answers. Prints variants × operations with the counts.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
public class VariantMatrixTest {
    /** Combinations a real card and reader might present together. */
    public static final List<String> COMBINATIONS = List.of(
            "short-apdu,reselect-clears,sign-once,blocked-6983,read-end-6282",
            "get-response,wrong-le,df52-issuer,large-photo,sex-code-3",
            "short-apdu,get-response,verified-query-9000,no-partial-aid,select-p2-6a86,ca-2023",
            "wrong-le,verify-le-ok,chaining-6884,verify-no-ef-6986,sex-code-0,ca-2015");

    /** Every single variant, the default card, and the combinations. */
    static List<Variants> configurations() {
        List<Variants> all = new ArrayList<>();
        all.add(Variants.NONE);
        for (Variant v : Variant.values()) {
            all.add(Variants.of(v));
        }
        COMBINATIONS.forEach(c -> all.add(Variants.parse(c)));
        return all;
    }

    @Test
    void everyOperationWorksOnEveryVariant() {
        TestAgent agent = new TestAgent();
        List<String> failures = new ArrayList<>();
        List<String> rows = new ArrayList<>(); // printed after the server stops: JavalinTest captures output
        int[] counts = new int[2];
        JavalinTest.test(agent.app, (server, client) -> {
            Http http = new Http(server.port());
            for (Variants v : configurations()) {
                agent.sim.insert(TestAgent.R0, "adult", v);
                agent.settle();
                List<Outcome> outcomes = CardOperationsScript.run(http, TestAgent.R0);
                StringBuilder row = new StringBuilder(String.format("%-70s", v.isEmpty() ? "(default)" : v));
                for (Outcome o : outcomes) {
                    counts[o.passed() ? 0 : 1]++;
                    row.append(o.passed() ? " ok  " : " FAIL");
                    if (!o.passed()) {
                        failures.add(v + " / " + o.operation() + ": " + o.detail());
                    }
                }
                rows.add(row.toString());
            }
        });
        System.out.printf("[variant-matrix] %-70s %s%n", "variants \\ operations", String.join(" | ",
                CardOperationsScript.OPERATIONS));
        rows.forEach(r -> System.out.println("[variant-matrix] " + r));
        System.out.printf("[variant-matrix] %d configurations x %d operations: %d passed, %d failed%n",
                configurations().size(), CardOperationsScript.OPERATIONS.size(), counts[0], counts[1]);
        assertEquals(List.of(), failures);
    }
}
