package dev.mynumber.agent.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynumber.agent.AgentCode;
import dev.mynumber.agent.AgentException;
import dev.mynumber.sim.fault.FaultPlan;
import dev.mynumber.sim.variant.VariantException;
import dev.mynumber.sim.variant.Variants;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** The HTTP side of {@link SimulatorControl}. */
public final class SimulatorHandlers implements SimulatorEndpoints {
    private final SimulatorControl control;

    /** The strict body reader, looked up at the first request: the agent's start builds it on another thread. */
    private static ObjectMapper json() {
        return dev.mynumber.agent.http.JsonBodies.MAPPER;
    }

    /**
     * Creates the handlers.
     *
     * @param control the simulator control
     */
    public SimulatorHandlers(SimulatorControl control) {
        this.control = control;
    }

    @Override
    public void personas(Context ctx) {
        ctx.json(Map.of("personas", control.personas()));
    }

    @Override
    public void readers(Context ctx) {
        ctx.json(Map.of("readers", control.readers()));
    }

    @Override
    public void addReader(Context ctx) {
        String name = field(ctx, "name");
        control.addReader(name);
        ctx.status(201).json(Map.of("name", name));
    }

    @Override
    public void removeReader(Context ctx) {
        control.removeReader(ctx.pathParam("reader"));
        ctx.status(204);
    }

    @Override
    public void insert(Context ctx) {
        String persona = field(ctx, "persona");
        Variants variants = variants(ctx);
        if (variants == null) {
            control.insert(ctx.pathParam("reader"), persona);
            ctx.status(201).json(Map.of("persona", persona));
            return;
        }
        control.insert(ctx.pathParam("reader"), persona, variants);
        ctx.status(201).json(Map.of("persona", persona, "variants", variants.toString()));
    }

    @Override
    public void remove(Context ctx) {
        control.remove(ctx.pathParam("reader"));
        ctx.status(204);
    }

    @Override
    public void resetCounters(Context ctx) {
        control.resetCounters(ctx.pathParam("reader"));
        ctx.status(204);
    }

    @Override
    public void faults(Context ctx) {
        String plan = field(ctx, "plan");
        try {
            control.faults(ctx.pathParam("reader"), FaultPlan.parse(plan));
        } catch (IllegalArgumentException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, "bad fault plan: " + e.getMessage());
        }
        ctx.status(204);
    }

    @Override
    public void apduLog(Context ctx) {
        ctx.json(Map.of("entries", control.apduLog(ctx.pathParam("reader"))));
    }

    /** The optional {@code variants} field (comma-separated names), or null when absent. */
    private static Variants variants(Context ctx) {
        JsonNode node;
        try {
            node = json().readTree(ctx.bodyAsBytes()).get("variants");
        } catch (IOException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, "the body is not valid JSON");
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new AgentException(AgentCode.BAD_REQUEST, "variants must be a string of comma-separated names");
        }
        try {
            return Variants.parse(node.textValue());
        } catch (VariantException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, e.code() + ": " + e.getMessage());
        }
    }

    private static String field(Context ctx, String name) {
        try {
            JsonNode node = json().readTree(ctx.bodyAsBytes()).get(name);
            if (node == null || !node.isTextual() || node.textValue().isBlank()) {
                throw new AgentException(AgentCode.BAD_REQUEST, name + " (string) is required");
            }
            return node.textValue();
        } catch (IOException e) {
            throw new AgentException(AgentCode.BAD_REQUEST, "the body is not valid JSON");
        }
    }
}
