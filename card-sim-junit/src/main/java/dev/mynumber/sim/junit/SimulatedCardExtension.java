package dev.mynumber.sim.junit;

import dev.mynumber.sim.smartcardio.SimulatedReader;
import dev.mynumber.sim.smartcardio.SimulatedReaders;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: gives a test a {@link TerminalFactory}, {@link CardTerminal}, {@link SimulatedReader} or
 * {@link SimulatedReaders} whose reader holds a simulated My Number card, in the JVM (no agent, no pcscd).
 *
 * <p>Either {@code @ExtendWith(SimulatedCardExtension.class)} with {@link SimulatedCard} on parameters or
 * fields, or {@code @RegisterExtension static SimulatedCardExtension sim = SimulatedCardExtension.builder()
 * .persona("adult").faults("remove-at:3").build();} whose card goes to parameters without the annotation.
 * Every test gets new readers and new cards with fresh PIN try counters: nothing is shared between tests
 * (parameters of a constructor or {@code @BeforeAll} method live as long as the test class).
 */
public final class SimulatedCardExtension implements ParameterResolver, BeforeEachCallback {
    private static final List<Class<?>> TYPES = List.of(TerminalFactory.class, CardTerminal.class,
            SimulatedReader.class, SimulatedReaders.class);

    private final CardSpec defaults;

    /** The extension for {@code @ExtendWith}: unannotated parameters get the {@code adult} card. */
    public SimulatedCardExtension() {
        this(CardSpec.defaults());
    }

    private SimulatedCardExtension(CardSpec defaults) {
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    /** Starts a builder for {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return TYPES.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        CardSpec spec = parameter.findAnnotation(SimulatedCard.class).map(CardSpec::of).orElse(defaults);
        try {
            return provide(parameter.getParameter().getType(), spec, context);
        } catch (RuntimeException | javax.smartcardio.CardException e) {
            throw new ParameterResolutionException("simulated card: " + e.getMessage(), e);
        }
    }

    /** Injects fields annotated with {@link SimulatedCard} before each test. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> c = instance.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    SimulatedCard annotation = field.getAnnotation(SimulatedCard.class);
                    if (annotation != null) {
                        inject(instance, field, CardSpec.of(annotation), context);
                    }
                }
            }
        }
    }

    private void inject(Object instance, Field field, CardSpec spec, ExtensionContext context) throws Exception {
        if (!TYPES.contains(field.getType())) {
            throw new ExtensionConfigurationException("@SimulatedCard field " + field.getName()
                    + " must be one of " + TYPES.stream().map(Class::getSimpleName).toList());
        }
        field.setAccessible(true);
        field.set(instance, provide(field.getType(), spec, context));
    }

    private static Object provide(Class<?> type, CardSpec spec, ExtensionContext context)
            throws javax.smartcardio.CardException {
        SimulatedBench bench = bench(context);
        SimulatedReader reader = bench.prepare(spec);
        if (type == SimulatedReader.class) {
            return reader;
        }
        if (type == SimulatedReaders.class) {
            return bench.readers();
        }
        if (type == TerminalFactory.class) {
            return bench.factory();
        }
        return bench.factory().terminals().getTerminal(spec.reader());
    }

    // keyed by the unique id: a test's store would otherwise find a bench its class context made
    private static SimulatedBench bench(ExtensionContext context) {
        ExtensionContext.Namespace ns = ExtensionContext.Namespace.create(SimulatedCardExtension.class,
                context.getUniqueId());
        return context.getStore(ns).getOrComputeIfAbsent(SimulatedBench.class, k -> new SimulatedBench(),
                SimulatedBench.class);
    }

    /** Builds an extension whose card goes to every supported parameter without {@link SimulatedCard}. */
    public static final class Builder {
        private String persona = "adult";
        private String faults = "";
        private String reader = SimulatedCard.DEFAULT_READER;
        private List<String> variants = List.of();
        private boolean inserted = true;

        private Builder() {
        }

        /** The persona id or JSON file; default {@code adult}. */
        public Builder persona(String value) {
            this.persona = value;
            return this;
        }

        /** The fault plan, simulator syntax (e.g. {@code remove-at:3}); default none. */
        public Builder faults(String value) {
            this.faults = value;
            return this;
        }

        /** The reader name; default {@value SimulatedCard#DEFAULT_READER}. */
        public Builder reader(String value) {
            this.reader = value;
            return this;
        }

        /** Card and reader variants of the simulator (see {@link SimulatedCard#variants()}). */
        public Builder variants(String... values) {
            this.variants = List.of(values);
            return this;
        }

        /** Starts with an empty reader when false. */
        public Builder inserted(boolean value) {
            this.inserted = value;
            return this;
        }

        /** The extension. */
        public SimulatedCardExtension build() {
            return new SimulatedCardExtension(new CardSpec(persona, faults, reader, variants, inserted));
        }
    }
}
