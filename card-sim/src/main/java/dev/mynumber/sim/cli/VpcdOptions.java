package dev.mynumber.sim.cli;

import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.fault.FaultSpecException;
import dev.mynumber.sim.timing.CardTimingProfile;
import dev.mynumber.sim.variant.VariantException;
import dev.mynumber.sim.variant.Variants;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The options of the {@code vpcd} command, parsed strictly: unknown, repeated (except {@code --fault}) or
 * valueless options are usage errors.
 *
 * @param host vpcd host
 * @param port vpcd TCP port
 * @param persona built-in persona id or persona JSON path
 * @param state PIN counter state file, or null for counters that start fresh
 * @param faults faults to inject (possibly none)
 * @param log whether to print the masked APDU log
 * @param variants the card and reader variants to play ({@link Variants#NONE} by default)
 * @param timing the card timing model ({@code --timing contact|contactless}), or null for answers at once
 */
public record VpcdOptions(String host, int port, String persona, Path state, FaultPlan faults, boolean log,
        Variants variants, CardTimingProfile timing) {
    /** The options with variants and no timing model. */
    public VpcdOptions(String host, int port, String persona, Path state, FaultPlan faults, boolean log,
            Variants variants) {
        this(host, port, persona, state, faults, log, variants, null);
    }

    /** The persona used without {@code --persona}. */
    public static final String DEFAULT_PERSONA = "adult";

    /** Options without variants. */
    public VpcdOptions(String host, int port, String persona, Path state, FaultPlan faults, boolean log) {
        this(host, port, persona, state, faults, log, Variants.NONE);
    }

    /** Parses the arguments that follow {@code vpcd}. */
    public static VpcdOptions parse(List<String> args) throws UsageException {
        String host = "127.0.0.1";
        Integer port = null;
        String persona = DEFAULT_PERSONA;
        Path state = null;
        FaultPlan faults = FaultPlan.none();
        boolean log = false;
        Variants variants = Variants.NONE;
        CardTimingProfile timing = null;
        Set<String> seen = new HashSet<>();
        for (Iterator<String> it = args.iterator(); it.hasNext();) {
            String option = it.next();
            if (!option.equals("--fault") && !seen.add(option)) {
                throw new UsageException("option " + option + " given twice");
            }
            switch (option) {
                case "--host" -> host = value(option, it);
                case "--port" -> port = port(value(option, it));
                case "--persona" -> persona = value(option, it);
                case "--state" -> state = Path.of(value(option, it));
                case "--fault" -> faults = faults.and(faults(value(option, it)));
                case "--log" -> log = true;
                case "--variant" -> variants = variants(value(option, it));
                case "--timing" -> timing = timing(value(option, it));
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if (port == null) {
            throw new UsageException("--port is required (35963 is vpcd slot 0, 35964 slot 1)");
        }
        return new VpcdOptions(host, port, persona, state, faults, log, variants, timing);
    }

    static String value(String option, Iterator<String> it) throws UsageException {
        if (!it.hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        String v = it.next();
        if (v.startsWith("--") || v.isBlank()) {
            throw new UsageException(option + " needs a value, got '" + v + "'");
        }
        return v;
    }

    static int port(String text) throws UsageException {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new UsageException("--port must be a TCP port number (1-65535), got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    /** Parses a {@code --variant} list; a bad name or a contradiction is a usage error. */
    static Variants variants(String list) throws UsageException {
        try {
            return Variants.parse(list);
        } catch (VariantException e) {
            throw new UsageException("--variant: " + e.getMessage());
        }
    }

    private static CardTimingProfile timing(String name) throws UsageException {
        try {
            return CardTimingProfile.named(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--timing: " + e.getMessage());
        }
    }

    private static FaultPlan faults(String spec) throws UsageException {
        try {
            return FaultPlan.parse(spec);
        } catch (FaultSpecException e) {
            throw new UsageException("--fault: " + e.getMessage());
        }
    }
}
