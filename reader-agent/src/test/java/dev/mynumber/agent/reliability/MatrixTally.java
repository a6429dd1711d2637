package dev.mynumber.agent.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts of a fault run: cases, answers by code, tries lost, problems (each a named case). */
final class MatrixTally {
    final Map<String, Integer> outcomes = new TreeMap<>();
    final List<String> problems = new ArrayList<>();
    int cases;
    int sound;
    int triesLost;
    int recoveries;
    long slowestMillis;

    void outcome(String code) {
        outcomes.merge(code, 1, Integer::sum);
    }

    void problem(String what) {
        problems.add(what);
    }

    /** One line of figures for the log and docs/reliability.md. */
    String summary(String name) {
        return String.format("%s: %d cases, %d sound successes, answers %s, %d recoveries, %d tries lost, "
                + "slowest answer %d ms, %d problems", name, cases, sound, outcomes, recoveries, triesLost,
                slowestMillis, problems.size());
    }

    /** The first problems, for an assertion message. */
    String firstProblems() {
        return String.join("\n", problems.subList(0, Math.min(25, problems.size())));
    }
}
