package dev.mynumber.sim.fault;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses one comma-separated element of a fault specification. */
final class FaultParser {
    private static final Pattern ELEMENT = Pattern.compile("([a-z-]+):(.*)");
    private static final Pattern N_EQ_VALUE = Pattern.compile("([^=]*)=(.*)");
    private static final Pattern CORRUPT = Pattern.compile("([^@]*)(?:@(.*))?");
    private static final Pattern SW = Pattern.compile("[0-9A-Fa-f]{4}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})(ms|s)");
    private static final String KINDS = "remove-at, vanish-at, sw-at, corrupt-at, delay, delay-at";

    private FaultParser() {
    }

    static Fault parseOne(String part) {
        Matcher m = ELEMENT.matcher(part);
        if (!m.matches()) {
            throw bad(part, "expected KIND:ARGUMENT with KIND one of " + KINDS);
        }
        String arg = m.group(2);
        return switch (m.group(1)) {
            case "remove-at" -> new Fault.RemoveAt(commandNumber(part, arg));
            case "vanish-at" -> new Fault.VanishAt(commandNumber(part, arg));
            case "sw-at" -> statusAt(part, arg);
            case "corrupt-at" -> corruptAt(part, arg);
            case "delay" -> new Fault.DelayAll(duration(part, arg));
            case "delay-at" -> delayAt(part, arg);
            default -> throw bad(part, "unknown fault kind '" + m.group(1) + "'; known: " + KINDS);
        };
    }

    private static Fault statusAt(String part, String arg) {
        Matcher m = split(N_EQ_VALUE, part, arg, "sw-at:N=XXXX");
        if (!SW.matcher(m.group(2)).matches()) {
            throw bad(part, "status word must be 4 hex digits, e.g. 6A82");
        }
        return new Fault.StatusAt(commandNumber(part, m.group(1)), Integer.parseInt(m.group(2), 16));
    }

    private static Fault corruptAt(String part, String arg) {
        Matcher m = split(CORRUPT, part, arg, "corrupt-at:N[@I]");
        int index = m.group(2) == null ? 0 : number(part, m.group(2), 0, "byte index");
        return new Fault.CorruptAt(commandNumber(part, m.group(1)), index);
    }

    private static Fault delayAt(String part, String arg) {
        Matcher m = split(N_EQ_VALUE, part, arg, "delay-at:N=D");
        return new Fault.DelayAt(commandNumber(part, m.group(1)), duration(part, m.group(2)));
    }

    private static Matcher split(Pattern p, String part, String arg, String form) {
        Matcher m = p.matcher(arg);
        if (!m.matches()) {
            throw bad(part, "expected " + form);
        }
        return m;
    }

    private static int commandNumber(String part, String text) {
        return number(part, text, 1, "command number");
    }

    private static int number(String part, String text, int min, String what) {
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min) {
            throw bad(part, what + " must be a whole number >= " + min + ", got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Duration duration(String part, String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw bad(part, "duration must be a whole number followed by ms or s, e.g. 200ms");
        }
        long amount = Long.parseLong(m.group(1));
        return m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    }

    private static FaultSpecException bad(String part, String why) {
        return new FaultSpecException("bad fault '" + part + "': " + why);
    }
}
